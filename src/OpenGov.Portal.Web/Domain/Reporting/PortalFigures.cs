namespace OpenGov.Portal.Domain.Reporting;

/// <summary>The year's figures the portal holds itself, for table 二 and the prefilled 总体情况 text.</summary>
public sealed record PortalFigures(
    int NormativeIssued,
    int NormativeRepealed,
    int NormativeInForce,
    int ItemsPublished,
    int CatalogueEntries,
    int FeedbackReceived,
    int FeedbackReplied);
