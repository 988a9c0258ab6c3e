using OpenGov.Portal.Domain.Powers;

namespace OpenGov.Portal.Models;

public sealed record PowerListPage(
    PowerCategory? Category,
    string? Office,
    string Query,
    IReadOnlyList<PowerListPage.Row> Powers,
    IReadOnlyList<(PowerCategory Category, int Count)> Categories,
    IReadOnlyList<(string Code, string Name)> Offices)
{
    public sealed record Row(string Code, string Name, PowerCategory Category, string DepartmentName, string StatutoryTimeLimit, string? PromisedTimeLimit);
}
