namespace OpenGov.Portal.Domain.Publishing;

/// <summary>The confidentiality reviewer's attestation: 不涉密, 涉密, or 不宜公开.</summary>
public enum ReviewVerdict
{
    NotClassified,
    Classified,
    NotForDisclosure,
}
