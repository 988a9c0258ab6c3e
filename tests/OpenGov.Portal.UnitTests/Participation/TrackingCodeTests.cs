using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class TrackingCodeTests
{
    [Fact]
    public void Codes_have_twelve_characters_from_an_alphabet_without_look_alikes()
    {
        Assert.Equal(31, TrackingCode.Alphabet.Length);
        Assert.DoesNotContain(TrackingCode.Alphabet, c => c is '0' or 'O' or '1' or 'I' or 'L');
        for (var i = 0; i < 1000; i++)
        {
            var code = TrackingCode.New();
            Assert.Equal(12, code.Length);
            Assert.All(code, c => Assert.Contains(c, TrackingCode.Alphabet));
        }
    }

    [Fact]
    public void Codes_do_not_repeat_and_use_the_whole_alphabet()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => TrackingCode.New()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(TrackingCode.Alphabet.Length, codes.SelectMany(c => c).Distinct().Count());
        // Not sequential: neighbours share no long prefix.
        Assert.True(codes.Zip(codes.Skip(1)).Count(p => p.First[..4] == p.Second[..4]) < 5);
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData(" ABCD EFGH JKMN ", "ABCDEFGHJKMN")]
    [InlineData("23456789abcd", "23456789ABCD")]
    public void Input_is_normalised(string input, string expected)
    {
        Assert.True(TrackingCode.TryNormalize(input, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD")]
    [InlineData("ABCD-EFGH-JKMNP")]
    [InlineData("0BCD-EFGH-JKMN")]
    [InlineData("IBCD-EFGH-JKMN")]
    [InlineData("<script>alert</script>")]
    [InlineData("ABCD-EFGH-JKM😀")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ23456789ABCDEFGHJKMN")]
    public void Malformed_input_is_refused_without_throwing(string? input) =>
        Assert.False(TrackingCode.TryNormalize(input, out _));

    [Fact]
    public void Codes_are_shown_in_groups_of_four() => Assert.Equal("ABCD-EFGH-JKMN", TrackingCode.Format("ABCDEFGHJKMN"));
}
