using OpenGov.Portal.Data.Search;

namespace OpenGov.Portal.UnitTests.Public;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("专利", "专利", new string[0])]
    [InlineData("  专利   预算 ", "专利 预算", new string[0])]
    [InlineData("专利局", "专利局", new[] { "专利局" })]
    [InlineData("ISO9001认证", "iso9001 认证", new string[0])]
    [InlineData("ＩＳＯ９００１", "iso9001", new string[0])]
    [InlineData("黑知发〔2012〕8号", "黑知发 2012 8", new[] { "黑知发", "号" })]
    [InlineData("2012年 专利", "2012 专利", new[] { "年" })]
    [InlineData("专利 专利", "专利", new string[0])]
    public void A_query_is_split_into_indexed_terms_and_exact_substrings(string raw, string indexText, string[] substrings)
    {
        var terms = SearchTerms.Parse(raw);
        Assert.Equal(SearchProblem.None, terms.Problem);
        Assert.Equal(indexText, terms.IndexText);
        Assert.Equal(substrings, terms.Substrings);
    }

    [Theory]
    [InlineData(null, SearchProblem.Empty)]
    [InlineData("", SearchProblem.Empty)]
    [InlineData(" \t\r\n ", SearchProblem.Empty)]
    [InlineData("\0\0", SearchProblem.Empty)]
    [InlineData("!@#$%^&*()“”《》,。", SearchProblem.NoTerms)]
    [InlineData("😀", SearchProblem.NoTerms)]
    [InlineData("局", SearchProblem.TooShort)]
    [InlineData("局 处", SearchProblem.TooShort)]
    public void Queries_without_searchable_terms_are_refused_with_a_reason(string? raw, SearchProblem problem)
    {
        var terms = SearchTerms.Parse(raw);
        Assert.Equal(problem, terms.Problem);
        Assert.False(terms.IsSearchable);
        Assert.Equal("", terms.IndexText);
    }

    [Fact]
    public void Long_queries_are_refused_without_reading_them_whole()
    {
        var terms = SearchTerms.Parse(new string('专', 10_000_000));
        Assert.Equal(SearchProblem.TooLong, terms.Problem);
        Assert.Equal(SearchTerms.MaxLength, terms.Text.Length);
        Assert.Equal(SearchProblem.None, SearchTerms.Parse(new string('专', SearchTerms.MaxLength)).Problem);
    }

    [Fact]
    public void Control_and_format_characters_and_lone_surrogates_are_dropped()
    {
        var terms = SearchTerms.Parse("专\0利\u200B\u202E 预算\uD800 \uDC00");
        Assert.Equal("专 利 预算", terms.Text);
        Assert.Equal(SearchProblem.TooShort, SearchTerms.Parse("专\0利").Problem);
        Assert.Equal("专利", SearchTerms.Parse("专利\uFEFF").IndexText);
    }

    [Fact]
    public void Highlights_are_the_tokens_longest_first()
    {
        Assert.Equal(["专利局", "年"], SearchTerms.Parse("年 专利局").Highlights);
        Assert.Equal(["专利局", "a"], SearchTerms.Parse("a 专利局").Highlights);
    }
}
