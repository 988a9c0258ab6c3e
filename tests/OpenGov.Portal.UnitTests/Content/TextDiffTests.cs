using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.UnitTests.Content;

public sealed class TextDiffTests
{
    static string Render(IReadOnlyList<DiffPiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        DiffKind.Inserted => $"[+{p.Text}]",
        DiffKind.Deleted => $"[-{p.Text}]",
        _ => p.Text,
    }));

    [Theory]
    [InlineData("关于开展宣传周活动的通知", "关于开展宣传周活动的通知", "关于开展宣传周活动的通知")]
    [InlineData("关于开展宣传周活动的通知", "关于开展2012年宣传周活动的通知", "关于开展[+2012年]宣传周活动的通知")]
    [InlineData("省知识产权局召开会议", "省局召开会议", "省[-知识产权]局召开会议")]
    [InlineData("甲乙丙", "甲丁丙", "甲[-乙][+丁]丙")]
    [InlineData("", "新增", "[+新增]")]
    [InlineData("删除", "", "[-删除]")]
    [InlineData("the quick fox", "the slow fox", "the [-quick][+slow] fox")]
    [InlineData("price 2011 up", "price 2012 up", "price [-2011][+2012] up")]
    public void Shows_what_was_removed_and_added(string before, string after, string expected) =>
        Assert.Equal(expected, Render(TextDiff.Compare(before, after)));

    [Fact]
    public void Unchanged_text_has_no_changes()
    {
        Assert.False(TextDiff.HasChanges(TextDiff.Compare("一样\n的文字", "一样\n的文字")));
        Assert.True(TextDiff.HasChanges(TextDiff.Compare("一样", "不一样")));
    }

    [Fact]
    public void Pieces_put_back_together_give_both_texts()
    {
        const string before = "第一条 为规范工作,制定本办法。\n第二条 信息须经审查。\n第三条 本办法自发布之日起施行。";
        const string after = "第一条 为规范政务公开工作,制定本办法。\n第二条 信息须经保密审查和领导签发。\n第三条 本办法自2012年1月1日起施行。";
        var pieces = TextDiff.Compare(before, after);
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
    }

    [Fact]
    public void Long_texts_that_differ_everywhere_fall_back_to_lines_and_stay_correct()
    {
        var before = string.Join('\n', Enumerable.Range(0, 1500).Select(i => $"第{i}行 旧内容 {i * 7}"));
        var after = string.Join('\n', Enumerable.Range(0, 1500).Select(i => i % 2 == 0 ? $"第{i}行 旧内容 {i * 7}" : $"第{i}行 新内容 {i * 3}"));
        var pieces = TextDiff.Compare(before, after);
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Contains(pieces, p => p.Kind == DiffKind.Same && p.Text.Contains("第1498行 旧内容", StringComparison.Ordinal));
    }

    [Fact]
    public void Huge_texts_keep_their_common_start_and_end()
    {
        var before = "开头\n" + string.Join('\n', Enumerable.Range(0, 5000).Select(i => $"旧{i}")) + "\n结尾";
        var after = "开头\n" + string.Join('\n', Enumerable.Range(0, 5000).Select(i => $"新{i}")) + "\n结尾";
        var pieces = TextDiff.Compare(before, after);
        Assert.StartsWith("开头", pieces[0].Text, StringComparison.Ordinal);
        Assert.Equal(DiffKind.Same, pieces[0].Kind);
        Assert.Equal(DiffKind.Same, pieces[^1].Kind);
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
    }

    [Fact]
    public void Plain_text_of_a_body_has_one_line_per_block()
    {
        Assert.Equal("第一段\n第二段 甲 乙\n要点", PlainText.FromHtml("<p>第一段</p><table><tr><td>第二段</td><td>甲</td><td>乙</td></tr></table><ul><li>要点</li></ul>"));
        Assert.Equal("a & b", PlainText.FromHtml("<p>a &amp;&nbsp;b</p>"));
    }
}
