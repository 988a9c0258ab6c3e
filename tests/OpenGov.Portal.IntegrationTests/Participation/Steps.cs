using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

/// <summary>What citizens and staff do on the participation pages, as a browser would.</summary>
internal static class Steps
{
    public static Dictionary<string, string> Letter(string subject, string body = "想了解专利费用减缓的办理条件。", string? name = "张测试",
        string phone = "13912345678", string? email = "tester@example.com", bool consent = true, string category = "Consultation")
    {
        var fields = new Dictionary<string, string> { ["Category"] = category, ["Subject"] = subject, ["Body"] = body, ["Phone"] = phone };
        if (name is not null) fields["Name"] = name;
        if (email is not null) fields["Email"] = email;
        if (consent) fields["ConsentToPublish"] = "true";
        return fields;
    }

    /// <summary>Submits a letter and returns the tracking code shown on the confirmation page.</summary>
    public static async Task<string> SubmitLetterAsync(this HttpClient citizen, Dictionary<string, string> fields) =>
        await CodeAfterAsync(citizen, await citizen.SubmitAsync("/feedback/new", fields), "/feedback/submitted");

    public static Dictionary<string, string> PersonApplication(string description, string name = "李申请", string id = "11010519491231002X") => new()
    {
        ["Name"] = name, ["IdType"] = "ResidentIdCard", ["IdNumber"] = id, ["Phone"] = "13712345678", ["Email"] = "applicant@example.com",
        ["Address"] = "黑龙江省哈尔滨市道里区测试街88号", ["Description"] = description, ["Purpose"] = "学习研究",
        ["PreferredForm"] = "Email", ["Delivery"] = "Email",
    };

    public static Dictionary<string, string> OrganisationApplication(string description, string type = "Research") => new()
    {
        ["OrganisationName"] = "黑龙江测试研究院", ["OrganisationType"] = type, ["UnifiedCode"] = "12230000MB1234567X", ["LegalRepresentative"] = "王法人",
        ["ContactName"] = "赵联系", ["Phone"] = "0451-87654321", ["Description"] = description, ["PreferredForm"] = "Paper", ["Delivery"] = "Collect",
    };

    public static async Task<string> ApplyAsync(this HttpClient citizen, string kind, Dictionary<string, string> fields) =>
        await CodeAfterAsync(citizen, await citizen.SubmitAsync($"/ysqgk/apply/{kind}", fields), "/ysqgk/submitted");

    static async Task<string> CodeAfterAsync(HttpClient client, HttpResponseMessage response, string expected)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync(expected);
        return page.QuerySelector("#tracking-code")!.TextContent.Trim();
    }

    public static async Task<T> DbAsync<T>(this PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task<FeedbackLetter> LetterAsync(this PortalFactory factory, string code) =>
        factory.DbAsync(db => db.FeedbackLetters.AsNoTracking().SingleAsync(l => l.TrackingCode == code.Replace("-", "", StringComparison.Ordinal)));

    public static Task<DisclosureApplication> ApplicationAsync(this PortalFactory factory, string code) =>
        factory.DbAsync(db => db.DisclosureApplications.AsNoTracking().Include(a => a.Consultations).Include(a => a.Documents)
            .SingleAsync(a => a.TrackingCode == code.Replace("-", "", StringComparison.Ordinal)));

    public static Task<int> DepartmentIdAsync(this PortalFactory factory, string code) =>
        factory.DbAsync(db => db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    public static Task<int> AuditCountAsync(this PortalFactory factory, string action, string? entityId = null) =>
        factory.DbAsync(db => db.AuditRecords.CountAsync(a => a.Action == action && (entityId == null || a.EntityId == entityId)));

    /// <summary>Posts a form of a back-office page (found by its id) with the page's antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string formId, Dictionary<string, string> fields) =>
        client.SubmitAsync(pageUrl, fields, $"form#{formId}");

    public static async Task<string> TextAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
