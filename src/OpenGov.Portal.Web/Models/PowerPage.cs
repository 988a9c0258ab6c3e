using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Powers.Flows;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Models;

/// <summary>One power with its flowchart, as the public page and the reviewers' view component show it.</summary>
public sealed record PowerPage(
    int PublicationId,
    int EditionId,
    int EditionNumber,
    EditionStatus Status,
    PowerDetails Details,
    string DepartmentName,
    string? IndexNumber,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    FlowDefinition Flow,
    string FlowchartSvg,
    IReadOnlyList<FlowText.Step> TextSteps,
    IReadOnlyList<ItemPage.HistoryEntry> History);
