using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Models.Participation;

/// <summary>The 政府信息公开申请表, for a natural person or for a legal person / other organisation (chosen by the page).</summary>
public sealed class ApplicationForm
{
    public ApplicantType ApplicantType { get; set; }

    // 自然人
    public string? Name { get; set; }
    public IdDocumentType? IdType { get; set; }
    public string? IdNumber { get; set; }

    // 法人或其他组织
    public string? OrganisationName { get; set; }
    public OrganisationType? OrganisationType { get; set; }
    public string? UnifiedCode { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? ContactName { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    public string? Description { get; set; }
    public string? Purpose { get; set; }
    public PreferredForm? PreferredForm { get; set; }
    public DeliveryMethod? Delivery { get; set; }

    public string? Homepage { get; set; }

    public ApplicantDetails ToApplicant() => ApplicantType == ApplicantType.NaturalPerson
        ? new(ApplicantType, Name!, Phone!, Email, Address, IdType, IdNumber)
        : new(ApplicantType, OrganisationName!, Phone!, Email, Address, OrganisationType: OrganisationType, UnifiedCode: UnifiedCode,
            LegalRepresentative: LegalRepresentative, ContactName: ContactName);

    public RequestDetails ToRequest() => new(Description!, Purpose, PreferredForm!.Value, Delivery!.Value);
}
