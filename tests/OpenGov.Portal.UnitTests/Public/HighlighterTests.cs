using OpenGov.Portal.Data.Search;

namespace OpenGov.Portal.UnitTests.Public;

public sealed class HighlighterTests
{
    [Fact]
    public void Text_of_html_drops_tags_and_decodes_entities()
    {
        Assert.Equal("一、专利 & 预算 <b> ·", Highlighter.TextOf("<p>一、专利 &amp; 预算</p>\n<p>&lt;b&gt; &#183;</p>"));
        Assert.Equal("", Highlighter.TextOf(null));
    }

    [Fact]
    public void Hits_are_marked_and_everything_else_is_encoded()
    {
        Assert.Equal("&lt;b&gt;<mark>专利</mark>&amp;<mark>专利</mark>", Highlighter.Mark("<b>专利&专利", ["专利"]));
        Assert.Equal("<mark>ISO9001</mark> 认证", Highlighter.Mark("ISO9001 认证", ["iso9001"]));
        Assert.Equal("<mark>专利局</mark>长", Highlighter.Mark("专利局长", ["专利局", "专利"]));
    }

    [Fact]
    public void A_snippet_is_a_window_around_the_first_hit()
    {
        var text = new string('甲', 200) + "专利" + new string('乙', 200);
        var snippet = Highlighter.Snippet(text, ["专利"]);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>专利</mark>", snippet);
        Assert.InRange(snippet.Length, Highlighter.SnippetLength, Highlighter.SnippetLength + 20);
        Assert.Equal("短文", Highlighter.Snippet("短文", ["专利"]));
    }

    [Fact]
    public void A_snippet_never_splits_a_surrogate_pair()
    {
        // The window would start on the second half of 𠀀.
        var text = new string('甲', 10) + "𠀀" + new string('乙', 29) + "专利" + new string('丙', 300);
        var snippet = Highlighter.Snippet(text, ["专利"]);
        Assert.DoesNotContain('\uFFFD', snippet);
        Assert.False(char.IsLowSurrogate(snippet.TrimStart('…')[0]));
    }
}
