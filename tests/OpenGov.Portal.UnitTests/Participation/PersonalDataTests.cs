using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张**")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("张", "张*")]
    [InlineData(null, "")]
    public void Names_keep_only_the_first_character(string? name, string expected) => Assert.Equal(expected, PersonalData.MaskName(name));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0451-12345678", "045******5678")]
    [InlineData("12345", "***45")]
    public void Phones_keep_the_first_three_and_last_four(string phone, string expected) => Assert.Equal(expected, PersonalData.MaskPhone(phone));

    [Fact]
    public void Identity_numbers_keep_the_first_four_and_last_four() =>
        Assert.Equal("2301**********1234", PersonalData.MaskIdNumber("230102199001011234"));

    [Fact]
    public void Emails_keep_the_first_letter_and_the_domain() => Assert.Equal("z***@example.com", PersonalData.MaskEmail("zhangsan@example.com"));

    [Fact]
    public void Addresses_keep_only_the_first_six_characters() => Assert.Equal("黑龙江省哈尔****", PersonalData.MaskAddress("黑龙江省哈尔滨市南岗区某街1号"));
}
