using OpenGov.Portal.Data;

namespace OpenGov.Portal.UnitTests.Content;

public sealed class FileNameTests
{
    [Theory]
    [InlineData(@"C:\Users\张明\Desktop\通知.pdf", "通知.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("a\u0000b\r\n.pdf", "ab.pdf")]
    [InlineData("what?<x>.pdf", "whatx.pdf")]
    [InlineData("  ", "")]
    public void Upload_names_are_reduced_to_a_safe_last_segment(string name, string expected) =>
        Assert.Equal(expected, AttachmentStore.CleanFileName(name));

    [Fact]
    public void Long_names_are_cut_keeping_the_extension()
    {
        var name = AttachmentStore.CleanFileName(new string('长', 300) + ".xlsx");
        Assert.Equal(AttachmentStore.FileNameMax, name.Length);
        Assert.EndsWith("长.xlsx", name);
    }
}
