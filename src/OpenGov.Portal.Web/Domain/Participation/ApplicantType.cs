namespace OpenGov.Portal.Domain.Participation;

/// <summary>The applicant columns of the national annual-report template: 自然人 and 法人或其他组织.</summary>
public enum ApplicantType
{
    NaturalPerson,
    LegalPerson,
}
