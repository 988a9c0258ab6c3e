using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>One edition waiting in a review or sign-off queue. <see cref="Blocked"/> says why this person may not act on it.</summary>
public sealed record QueueRow(int EditionId, int PublicationId, string Title, PublicationKind Kind, int Number, string Department, string AuthorName,
    EditionStatus Status, DateTimeOffset? Since, DateTimeOffset? ScheduledFor, string? Blocked);
