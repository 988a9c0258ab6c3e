using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.UnitTests.Budgets;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  ", 0)]
    [InlineData("12", 12)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("-3.25", -3.25)]
    [InlineData("0.30000000000000004", 0.3)]
    [InlineData("612.39999999999998", 612.4)]
    public void Reads_amounts(string text, double expected)
    {
        Assert.True(Money.TryParse(text, out var amount, out var error), error);
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("十万", "不是有效的金额")]
    [InlineData("12元", "不是有效的金额")]
    [InlineData("1.234", "最多保留两位小数")]
    [InlineData("99999999999999999999", "过大")]
    public void Refuses_text_and_excess_precision(string text, string message)
    {
        Assert.False(Money.TryParse(text, out _, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Formats_with_thousands_separators_and_two_decimals() => Assert.Equal("1,234,567.50", Money.Format(1234567.5m));
}
