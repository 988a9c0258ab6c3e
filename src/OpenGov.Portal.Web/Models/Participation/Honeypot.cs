namespace OpenGov.Portal.Models.Participation;

/// <summary>
/// A field people never see (hidden by CSS, skipped by keyboard and screen readers) that form-filling
/// robots fill in. A submission with it filled is refused and nothing is stored.
/// </summary>
public static class Honeypot
{
    public const string FieldName = "Homepage";
    public const string Message = "提交未被接受。请刷新页面后重新填写;如使用了自动填表工具,请勿填写隐藏的“网址”一栏。";

    public static bool IsFilled(string? value) => !string.IsNullOrEmpty(value);
}
