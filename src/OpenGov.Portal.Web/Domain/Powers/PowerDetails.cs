namespace OpenGov.Portal.Domain.Powers;

/// <summary>Everything an author writes about a power except its flow.</summary>
public sealed record PowerDetails(
    PowerCategory Category,
    string Code,
    string Name,
    string ImplementingBody,
    string StatutoryTimeLimit,
    string? PromisedTimeLimit,
    decimal Fee,
    string? FeeBasis,
    IReadOnlyList<LegalBasisData> LegalBases,
    IReadOnlyList<string> Materials,
    string Responsibilities,
    string Accountability,
    string? ContactPhone,
    string? ComplaintPhone);
