using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models.Participation;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class ValidationTests
{
    [Fact]
    public void An_empty_letter_gets_Chinese_messages_for_each_field()
    {
        var result = new FeedbackFormValidator().Validate(new FeedbackForm());
        var messages = result.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("请选择留言类别", messages[nameof(FeedbackForm.Category)]);
        Assert.Equal("请填写标题", messages[nameof(FeedbackForm.Subject)]);
        Assert.Equal("请填写留言内容", messages[nameof(FeedbackForm.Body)]);
        Assert.Contains("联系电话或电子邮箱", messages[nameof(FeedbackForm.Phone)], StringComparison.Ordinal);
    }

    [Fact]
    public void Length_limits_match_the_columns_and_binary_content_is_refused()
    {
        var form = new FeedbackForm
        {
            Category = FeedbackCategory.Suggestion, Subject = new string('长', FeedbackLetter.SubjectMax + 1),
            Body = "正文\0\u0001二进制", Phone = "13812345678",
        };
        var messages = new FeedbackFormValidator().Validate(form).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal($"标题不能超过 {FeedbackLetter.SubjectMax} 个字", messages[nameof(FeedbackForm.Subject)]);
        Assert.Contains("无法识别的字符", messages[nameof(FeedbackForm.Body)], StringComparison.Ordinal);
        Assert.True(TextRules.IsPlainText("第一行\r\n第二行\t制表"));
    }

    [Theory]
    [InlineData("230102199001011234", false)]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("1101051949123100", false)]
    public void Resident_identity_numbers_carry_a_check_digit(string id, bool valid) => Assert.Equal(valid, IdNumbers.IsResidentId(id));

    [Fact]
    public void The_check_digit_helper_builds_valid_numbers() =>
        Assert.True(IdNumbers.IsResidentId("23010219800101001" + IdNumbers.CheckDigit("23010219800101001")));

    [Fact]
    public void An_organisation_needs_its_code_representative_and_type()
    {
        var messages = new ApplicationFormValidator().Validate(new ApplicationForm { ApplicantType = ApplicantType.LegalPerson, UnifiedCode = "123" })
            .Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);
        Assert.Equal("请填写单位名称", messages[nameof(ApplicationForm.OrganisationName)]);
        Assert.Equal("请选择单位类型", messages[nameof(ApplicationForm.OrganisationType)]);
        Assert.Equal("请填写正确的18位统一社会信用代码", messages[nameof(ApplicationForm.UnifiedCode)]);
        Assert.Equal("请填写法定代表人或负责人", messages[nameof(ApplicationForm.LegalRepresentative)]);
        Assert.False(messages.ContainsKey(nameof(ApplicationForm.Name)));
    }

    [Fact]
    public void Delivery_by_post_needs_an_address()
    {
        var form = new ApplicationForm
        {
            ApplicantType = ApplicantType.NaturalPerson, Name = "张三", IdType = IdDocumentType.Passport, IdNumber = "E12345678",
            Phone = "13812345678", Description = "信息", PreferredForm = PreferredForm.Paper, Delivery = DeliveryMethod.Post,
        };
        var errors = new ApplicationFormValidator().Validate(form).Errors;
        Assert.Equal("选择邮寄时,请填写通信地址", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void Csv_fields_are_quoted_and_formulas_defused()
    {
        Assert.Equal("\"a \"\"b\"\"\"", FreeTextCsv.Field("a \"b\""));
        Assert.Equal("\"'=1+1\"", FreeTextCsv.Field("=1+1"));
        var bytes = FreeTextCsv.Write([new(1, DateTimeOffset.UnixEpoch, 1, "问题", "回答")]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Fact]
    public void Released_documents_must_match_their_extension()
    {
        Assert.Equal("application/pdf", ReleasedDocumentCheck.ContentTypeOf("a.pdf", "%PDF-1.7"u8));
        Assert.Null(ReleasedDocumentCheck.ContentTypeOf("a.pdf", "MZ\x90\0"u8));
        Assert.Null(ReleasedDocumentCheck.ContentTypeOf("a.exe", "%PDF-1.7"u8));
        Assert.Equal("report.pdf", ReleasedDocumentCheck.CleanName("..\\..\\report.pdf", 200));
    }
}
