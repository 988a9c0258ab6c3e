using FluentValidation;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Validation shared by the participation forms: length limits equal to the column's HasMaxLength, and no binary content.</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, string field, int max) =>
        rule.MaximumLength(max).WithMessage($"{field}不能超过 {max} 个字")
            .Must(IsPlainText).WithMessage($"{field}含有无法识别的字符(如二进制数据),请检查后重新填写");

    /// <summary>No control characters other than line breaks and tabs (NUL and friends mean binary data, not text).</summary>
    public static bool IsPlainText(string? value) =>
        value is null || !value.Any(c => (char.IsControl(c) && c is not ('\r' or '\n' or '\t')) || c == '\uFFFD');

    public static bool IsPhone(string? value) =>
        value is not null && value.Length >= 7 && value.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')')
        && value.Count(char.IsAsciiDigit) >= 7;
}
