using OpenGov.Portal.Models;

namespace OpenGov.Portal.UnitTests.Domain;

public sealed class PagerTests
{
    [Theory]
    [InlineData(null, 5, 1)]
    [InlineData(-3, 5, 1)]
    [InlineData(0, 5, 1)]
    [InlineData(3, 5, 3)]
    [InlineData(999999, 5, 5)]
    [InlineData(2, 0, 1)]
    public void Out_of_range_pages_are_clamped(int? requested, int pageCount, int expected) =>
        Assert.Equal(expected, Pager.Clamp(requested, pageCount));

    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    public void Page_count_rounds_up(int total, int size, int expected) => Assert.Equal(expected, Pager.PageCountFor(total, size));
}
