namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// Who applies. For a natural person: name, ID document, phone, address, email. For a legal person or other
/// organisation: its name, unified social credit code, legal representative, contact person, phone (and the
/// kind of organisation, which is its column in the annual report).
/// </summary>
public sealed record ApplicantDetails(
    ApplicantType Type,
    string Name,
    string Phone,
    string? Email,
    string? Address,
    IdDocumentType? IdType = null,
    string? IdNumber = null,
    OrganisationType? OrganisationType = null,
    string? UnifiedCode = null,
    string? LegalRepresentative = null,
    string? ContactName = null);

/// <summary>What is asked for and how the applicant wants it.</summary>
public sealed record RequestDetails(string Description, string? Purpose, PreferredForm PreferredForm, DeliveryMethod Delivery);

/// <summary>The answer: the regulation's answer type, the template outcome it is counted in, and its text.</summary>
public sealed record AnswerDetails(AnswerType Type, DisclosureOutcome Outcome, string Text, string? LegalBasis = null,
    string? ReferredBody = null, string? WhereToFind = null);
