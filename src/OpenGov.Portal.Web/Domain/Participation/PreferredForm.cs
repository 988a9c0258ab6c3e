namespace OpenGov.Portal.Domain.Participation;

/// <summary>The form in which the applicant wants the information (所需信息的指定提供载体形式).</summary>
public enum PreferredForm
{
    Paper,
    Email,
    Disc,
    Other,
}
