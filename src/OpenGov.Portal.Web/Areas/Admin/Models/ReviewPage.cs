namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record ReviewPage(EditionDetails Details, ReviewForm Form, string? Blocked);
