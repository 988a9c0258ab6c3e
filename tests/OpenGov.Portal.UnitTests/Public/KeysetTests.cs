using OpenGov.Portal.Data.Listing;

namespace OpenGov.Portal.UnitTests.Public;

public sealed class KeysetTests
{
    [Fact]
    public void A_position_survives_the_round_trip_through_its_token()
    {
        var at = new DateTimeOffset(2012, 4, 10, 5, 0, 0, TimeSpan.Zero);
        var published = Keyset.Of(ListSort.Published, at, null, null, 42);
        Assert.Equal(published, Keyset.Decode(published.Encode(), ListSort.Published));
        Assert.Equal(at, Keyset.Decode(published.Encode(), ListSort.Published)!.PublishedAt);

        var created = Keyset.Of(ListSort.Created, null, new DateOnly(2011, 12, 20), null, 7);
        Assert.Equal(new DateOnly(2011, 12, 20), Keyset.Decode(created.Encode(), ListSort.Created)!.CreatedOn);

        var index = Keyset.Of(ListSort.IndexNumber, null, null, "11230000MB0000000X/2012-00001|x", 3);
        Assert.Equal("11230000MB0000000X/2012-00001|x", Keyset.Decode(index.Encode(), ListSort.IndexNumber)!.Text);
        Assert.DoesNotMatch("[+/=]", index.Encode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage!")]
    [InlineData("%00")]
    [InlineData("MnwwfDF8MXw")]
    [InlineData("MXwwfDk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5fDF8")]
    [InlineData("MXwwfC0xfDF8")]
    public void Anything_that_is_not_a_token_is_no_position(string? token) => Assert.Null(Keyset.Decode(token, ListSort.Published));

    [Fact]
    public void A_token_smuggling_control_characters_is_no_position()
    {
        var token = Keyset.Of(ListSort.IndexNumber, null, null, "abc\0def", 1).Encode();
        Assert.Null(Keyset.Decode(token, ListSort.IndexNumber));
    }

    [Fact]
    public void A_token_for_one_sort_is_not_a_position_in_another()
    {
        var token = Keyset.Of(ListSort.Published, DateTimeOffset.UnixEpoch, null, null, 1).Encode();
        Assert.Null(Keyset.Decode(token, ListSort.IndexNumber));
        Assert.Null(Keyset.Decode(new string('A', 500), ListSort.Published));
    }
}
