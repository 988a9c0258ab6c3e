namespace OpenGov.Portal.Domain.Participation;

/// <summary>The sub-columns of 法人或其他组织 in the national annual-report template (国办公开办函〔2021〕30号).</summary>
public enum OrganisationType
{
    Commercial,
    Research,
    PublicWelfare,
    LegalService,
    Other,
}
