namespace OpenGov.Portal.Domain.Participation;

/// <summary>The applicant columns of the annual-report table: 自然人, then the five kinds of 法人或其他组织.</summary>
public enum ApplicantColumn
{
    NaturalPerson,
    Commercial,
    Research,
    PublicWelfare,
    LegalService,
    Other,
}
