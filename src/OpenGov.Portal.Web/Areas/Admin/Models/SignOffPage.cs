namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record SignOffPage(EditionDetails Details, SignOffForm Form, string? Blocked);
