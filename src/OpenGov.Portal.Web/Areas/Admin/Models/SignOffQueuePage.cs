namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record SignOffQueuePage(IReadOnlyList<QueueRow> Waiting, IReadOnlyList<QueueRow> Scheduled, IReadOnlyList<QueueRow> Published);
