using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Budgets;

/// <summary>Drives budget drafts through the back office and the workflow verbs, as the demo author, reviewer and leader.</summary>
internal static class BudgetTestData
{
    /// <summary>Creates a draft through the back-office form; returns its edition id.</summary>
    public static async Task<int> CreateDraftAsync(this HttpClient author, int year, string kind = "budget")
    {
        var response = await author.SubmitAsync("/admin/budgets/new", new Dictionary<string, string> { ["FiscalYear"] = year.ToString(), ["Kind"] = kind });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/budgets/editions/", location);
        return int.Parse(location["/admin/budgets/editions/".Length..]);
    }

    /// <summary>Posts a file to the import form (with the page's antiforgery token) and returns the preview page.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient author, int editionId, string fileName, byte[] bytes, string? table = null)
    {
        var url = $"/admin/budgets/editions/{editionId}/import";
        var token = await author.AntiforgeryTokenAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(table ?? ""), "Table" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "File", fileName);
        return await author.PostAsync(url, form);
    }

    /// <summary>Uploads, checks the preview has no problems, confirms; returns the confirm response.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient author, int editionId, string fileName, byte[] bytes, string? table = null)
    {
        var preview = await Html.ParseAsync(await author.UploadAsync(editionId, fileName, bytes, table));
        Assert.Null(preview.QuerySelector("table.import-problems"));
        var form = preview.QuerySelector("form[action$='/import/confirm']")!;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["payload"] = form.QuerySelector("input[name=payload]")!.GetAttribute("value")!,
        };
        return await author.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    public static IReadOnlyList<(int? Row, string Cell, string Message)> Problems(IDocument preview) =>
        preview.QuerySelectorAll("table.import-problems tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (int.TryParse(c[1], out var r) ? (int?)r : null, c[2], c[3])).ToList();

    public static async Task<int> LineCountAsync(this PortalFactory factory, int editionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().BudgetLines.CountAsync(l => l.EditionId == editionId);
    }

    public static async Task<int> PublishedEditionIdAsync(this PortalFactory factory, int year, BudgetKind kind = BudgetKind.Budget)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await BudgetQueries.PublishedAsync(db, year, kind, CancellationToken.None))!.EditionId;
    }

    /// <summary>Moves an edition on through the real verbs: submit (author), pass review (reviewer), publish (leader).</summary>
    public static async Task AdvanceAsync(this PortalFactory factory, int editionId, EditionStatus upTo)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var now = factory.Clock.GetUtcNow();
        var edition = await db.Editions.Include(e => e.Publication).ThenInclude(p => p.LiveEdition).SingleAsync(e => e.Id == editionId);
        if (edition.Status is EditionStatus.Draft or EditionStatus.Returned) edition.Submit(await TestContent.ActorAsync(db, "author", Roles.Author), now);
        if (upTo is EditionStatus.Reviewed or EditionStatus.Published) edition.PassReview(await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer), now, DisclosureMode.Proactive, null);
        await db.SaveChangesAsync();
        if (upTo == EditionStatus.Published)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await allocator.PublishAsync(edition, await TestContent.ActorAsync(db, "leader", Roles.Leader), now);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
    }

    /// <summary>The published open-data CSV of a table, as text without the BOM.</summary>
    public static async Task<string> CsvAsync(this HttpClient client, string url)
    {
        var bytes = await client.GetByteArrayAsync(url);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>Replaces one cell of the CSV line whose first cells start with <paramref name="rowStart"/>; returns the text and that line's row number.</summary>
    public static (string Csv, int Row) WithCell(string csv, string rowStart, int cell, string value)
    {
        var lines = csv.Split("\r\n").ToList();
        var index = lines.FindIndex(l => l.StartsWith(rowStart, StringComparison.Ordinal));
        Assert.True(index > 0, $"no line starting {rowStart}");
        var cells = lines[index].Split(',');
        cells[cell] = value;
        lines[index] = string.Join(',', cells);
        return (string.Join("\r\n", lines), index + 1);
    }

    public static byte[] Utf8(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
}
