namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>The signed-in person's work: one list per thing waiting for them, each with its full count.</summary>
public sealed record DashboardPage(string Name, IReadOnlyList<DashboardPage.WorkList> Lists)
{
    public sealed record WorkList(string Key, string Title, int Count, IReadOnlyList<Row> Rows, string? MoreHref);

    public sealed record Row(string Title, string Href, string Status, string Department, DateTimeOffset? When);
}
