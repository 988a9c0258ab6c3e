using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.UnitTests.Content;

public sealed class BodySanitizerTests
{
    readonly BodySanitizer sanitizer = new();

    const string WordPaste = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";}</style></head>
        <body lang=ZH-CN style='tab-interval:21.0pt'>
        <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
        <p class=MsoNormal style='text-indent:21.0pt;mso-char-indent-count:2.0'><span lang=EN-US style='font-family:宋体;mso-bidi-font-family:"Times New Roman"'>一、活动主题</span><b><span style='mso-bidi-font-weight:normal'>知识产权</span></b><o:p></o:p></p>
        <h1>标题一</h1>
        <h2 class=MsoHeading2>二级标题</h2>
        <table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
          <tr><td colspan=2 width=200 style='width:150pt'><p class=MsoNormal>合并单元格</p></td></tr>
          <tr><td rowspan="1" valign=top>甲</td><td>乙</td></tr>
        </table>
        <ul><li class=MsoListParagraph>要点<i>一</i></li></ul>
        <p><u>下划线</u><br><em>强调</em><strong>加粗</strong></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        </body></html>
        """;

    [Fact]
    public void Word_paste_keeps_its_structure_and_loses_the_office_markup()
    {
        var clean = sanitizer.Clean(WordPaste);

        Assert.Contains("<p>一、活动主题<b>知识产权</b></p>", clean);
        Assert.Contains("<h2>二级标题</h2>", clean);
        Assert.Contains("<td colspan=\"2\"><p>合并单元格</p></td>", clean);
        Assert.Contains("<td rowspan=\"1\">甲</td>", clean);
        Assert.Contains("<li>要点<i>一</i></li>", clean);
        Assert.Contains("<u>下划线</u><br><em>强调</em><strong>加粗</strong>", clean);
        Assert.Contains("标题一", clean);
        foreach (var junk in new[] { "class=", "style=", "mso-", "o:p", "<span", "<xml", "WordDocument", "<meta", "lang=", "width=", "<h1", "MsoNormal{" })
            Assert.DoesNotContain(junk, clean, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<p>正文<script>alert(1)</script></p>", "<p>正文</p>")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=x>正文</p>", "<p>正文</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>", "<a>链接</a>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img src=\"x\">")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>留下</p>", "<p>留下</p>")]
    [InlineData("<style>body{display:none}</style><p>留下</p>", "<p>留下</p>")]
    [InlineData("<form action=\"/x\"><input name=a><button>提交</button></form><p>留下</p>", "<p>留下</p>")]
    [InlineData("<svg><script>alert(1)</script></svg><p>留下</p>", "<p>留下</p>")]
    public void Scripts_event_handlers_and_active_content_are_removed(string input, string expected) =>
        Assert.Equal(expected, sanitizer.Clean(input));

    [Theory]
    [InlineData("<a href=\"https://www.gov.cn/\">国务院</a>", "<a href=\"https://www.gov.cn/\">国务院</a>")]
    [InlineData("<a href=\"http://example.gov.cn/a\">链接</a>", "<a href=\"http://example.gov.cn/a\">链接</a>")]
    [InlineData("<a href=\"mailto:zwgk@example.gov.cn\">信箱</a>", "<a href=\"mailto:zwgk@example.gov.cn\">信箱</a>")]
    [InlineData("<a href=\"ftp://example.gov.cn/a\">链接</a>", "<a>链接</a>")]
    [InlineData("<img src=\"https://example.gov.cn/a.png\" alt=\"图\">", "<img src=\"https://example.gov.cn/a.png\" alt=\"图\">")]
    [InlineData("<p>图<img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>", "<p>图</p>")]
    [InlineData("<p>图<img src=\"file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png\"></p>", "<p>图</p>")]
    [InlineData("<p>图<img src=\"mailto:a@b.c\"></p>", "<p>图</p>")]
    public void Links_are_http_https_or_mailto_and_images_http_or_https(string input, string expected) =>
        Assert.Equal(expected, sanitizer.Clean(input));

    [Fact]
    public void Plain_text_becomes_paragraphs_and_is_encoded()
    {
        var clean = sanitizer.Clean("第一段第一行\r\n第一段第二行\r\n\r\n第二段 a < b & c");
        Assert.Equal("<p>第一段第一行<br>第一段第二行</p><p>第二段 a &lt; b &amp; c</p>", clean);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<p>&nbsp;</p><p> </p>")]
    [InlineData("<script>alert(1)</script>")]
    public void Nothing_visible_is_no_content(string? input) =>
        Assert.False(BodySanitizer.HasContent(sanitizer.Clean(input)));
}
