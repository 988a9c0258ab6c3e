using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>The workflow steps as people take them, through the back-office forms.</summary>
public static partial class WorkflowSteps
{
    public static Dictionary<string, string> Draft(string title, string column = "notices", string body = "<p>测试正文</p>") => new()
    {
        ["Kind"] = "Article",
        ["ColumnId"] = column,
        ["Title"] = title,
        ["Summary"] = "测试摘要",
        ["Body"] = body,
        ["DocumentNumber"] = "黑知发〔2026〕1号",
        ["Topic"] = "测试",
        ["CreatedOn"] = "2026-03-01",
        ["Validity"] = "Valid",
        ["DisclosureMode"] = "Proactive",
    };

    /// <summary>Creates a draft through the form as <paramref name="author"/>; returns the edition id.</summary>
    public static async Task<int> DraftAsync(this PortalFactory factory, HttpClient author, string title, string column = "notices", string body = "<p>测试正文</p>")
    {
        var fields = Draft(title, column, body);
        fields["ColumnId"] = (await ColumnIdAsync(factory, column)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await author.FillAndSubmitAsync("/admin/editions/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return EditionIdFrom(response);
    }

    public static int EditionIdFrom(HttpResponseMessage redirect)
    {
        var match = EditionUrl().Match(redirect.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Unexpected redirect {redirect.Headers.Location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> ColumnIdAsync(PortalFactory factory, string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Columns.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    public static Task<HttpResponseMessage> SubmitForReviewAsync(this HttpClient author, int editionId) =>
        author.FillAndSubmitAsync($"/admin/editions/{editionId}", formSelector: $"form[action='/admin/editions/{editionId}/submit']");

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient reviewer, int editionId, string decision, string? reason = null) =>
        reviewer.FillAndSubmitAsync($"/admin/review/{editionId}", new Dictionary<string, string> { ["Decision"] = decision, ["Reason"] = reason ?? "" });

    public static Task<HttpResponseMessage> SignOffAsync(this HttpClient leader, int editionId, string decision, string? reason = null, string? scheduleAt = null) =>
        leader.FillAndSubmitAsync($"/admin/signoff/{editionId}",
            new Dictionary<string, string> { ["Decision"] = decision, ["Reason"] = reason ?? "", ["ScheduleAt"] = scheduleAt ?? "" });

    public static async Task<T> QueryAsync<T>(this PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task<Edition> EditionAsync(this PortalFactory factory, int id) =>
        factory.QueryAsync(db => db.Editions.AsNoTracking().Include(e => e.Publication).SingleAsync(e => e.Id == id));

    [GeneratedRegex(@"^/admin/editions/(\d+)$")]
    private static partial Regex EditionUrl();
}
