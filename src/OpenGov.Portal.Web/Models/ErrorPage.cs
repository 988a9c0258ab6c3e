namespace OpenGov.Portal.Models;

public sealed record ErrorPage(int StatusCode, string Title, string Message);
