namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>The confidentiality reviewer's attestation: 不涉密 (pass), 涉密, 不宜公开, or send back to the author.</summary>
public enum ReviewDecision
{
    Pass,
    Classified,
    NotForDisclosure,
    Return,
}
