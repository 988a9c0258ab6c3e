using System.Text;
using OpenGov.Portal.Domain.Budgets.Import;

namespace OpenGov.Portal.UnitTests.Budgets;

public sealed class CsvSheetReaderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_UTF8_with_or_without_BOM(bool bom)
    {
        var sheet = CsvSheetReader.Read("t", Samples.Utf8("项目,金额\r\n公务接待费,14.50\r\n", bom));
        Assert.Equal(["项目", "金额"], sheet.Rows[0].Cells);
        Assert.Equal(["公务接待费", "14.50"], sheet.Rows[1].Cells);
        Assert.Equal(2, sheet.Rows[1].Number);
    }

    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var sheet = CsvSheetReader.Read("t", Samples.Utf8("a,b\n\"x, \"\"y\"\"\",\"1,234.50\"\n\"多\n行\",2"));
        Assert.Equal(["x, \"y\"", "1,234.50"], sheet.Rows[1].Cells);
        Assert.Equal(["多\n行", "2"], sheet.Rows[2].Cells);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Contains("文件为空", Assert.Throws<BudgetFileException>(() => CsvSheetReader.Read("t", [])).Message);
        Assert.Contains("为空", Assert.Throws<BudgetFileException>(() => CsvSheetReader.Read("t", Samples.Utf8("\r\n,,\r\n", bom: true))).Message);
    }

    [Fact]
    public void A_GBK_file_is_refused_with_advice()
    {
        var gbk = new byte[] { 0xCF, 0xEE, 0xC4, 0xBF, 0x2C, 0xBD, 0xF0, 0xB6, 0xEE }; // "项目,金额" in GBK
        Assert.Contains("UTF-8", Assert.Throws<BudgetFileException>(() => CsvSheetReader.Read("t", gbk)).Message);
    }

    [Fact]
    public void Binary_content_is_refused() =>
        Assert.Throws<BudgetFileException>(() => CsvSheetReader.Read("t", Encoding.UTF8.GetBytes("a,b\0c")));
}
