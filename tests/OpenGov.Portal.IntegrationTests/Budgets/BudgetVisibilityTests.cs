using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Budgets;

public sealed class BudgetVisibilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    async Task<int> DraftWithTablesAsync(int year, string kind = "budget")
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(year, kind);
        var workbook = await author.GetByteArrayAsync($"/admin/budgets/editions/{await factory.PublishedEditionIdAsync(2013)}/workbook.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, (await author.ImportAsync(edition, "b.xlsx", workbook)).StatusCode);
        return edition;
    }

    [Theory]
    [InlineData(EditionStatus.Draft, 2040)]
    [InlineData(EditionStatus.Submitted, 2041)]
    [InlineData(EditionStatus.Reviewed, 2042)]
    public async Task An_unpublished_budget_is_invisible_on_pages_downloads_and_API(EditionStatus status, int year)
    {
        var edition = await DraftWithTablesAsync(year);
        if (status != EditionStatus.Draft) await factory.AdvanceAsync(edition, status);
        var client = factory.CreateAnonymousClient();

        Assert.DoesNotContain($"/budgets/{year}", await client.GetStringAsync("/budgets"));
        Assert.DoesNotContain($"\"year\":{year}", await client.GetStringAsync("/api/v1/budgets"));
        foreach (var url in new[] { $"/budgets/{year}", $"/budgets/{year}/budget", $"/budgets/{year}/budget/function.csv",
                     $"/budgets/{year}/budget/summary.json", $"/api/v1/budgets/{year}/budget" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/budgets/compare?from=2013&to={year}")).StatusCode);
    }

    [Fact]
    public async Task Submitting_locks_the_tables_and_publishing_through_the_workflow_makes_the_budget_public()
    {
        var author = factory.CreateClientAs("author");
        var edition = await DraftWithTablesAsync(2043);
        var submit = await author.SubmitAsync($"/admin/budgets/editions/{edition}", new Dictionary<string, string>(), $"form[action$='/submit']");
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var page = await author.GetDocumentAsync($"/admin/budgets/editions/{edition}");
        Assert.Contains("待保密审查", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href$='/import']"));
        Assert.Equal(HttpStatusCode.Conflict, (await author.GetAsync($"/admin/budgets/editions/{edition}/tables/summary")).StatusCode);
        var token = await author.AntiforgeryTokenAsync("/admin/budgets/new");
        var refused = await author.PostAsync($"/admin/budgets/editions/{edition}/tables/three-public", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Lines[0].Name"] = "公务接待费", ["Lines[0].Amounts[0]"] = "1",
        }));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await factory.AdvanceAsync(edition, EditionStatus.Published);
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync("/budgets/2043");
        Assert.Equal(7, doc.QuerySelectorAll("table.budget-table").Length);
        Assert.Contains("/budgets/2043", await factory.CreateAnonymousClient().GetStringAsync("/budgets"));
    }

    [Fact]
    public async Task The_database_refuses_changes_to_the_tables_of_a_published_edition()
    {
        var edition = await factory.PublishedEditionIdAsync(2013);
        await using var conn = new NpgsqlConnection(factory.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"UPDATE budget_lines SET name = 'x' WHERE edition_id = {edition}", conn);
        var ex = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        Assert.Equal("23514", ex.SqlState);
    }

    [Fact]
    public async Task A_revision_copies_the_tables_and_the_public_keeps_the_published_figures_until_it_is_published()
    {
        var author = factory.CreateClientAs("author");
        var first = await DraftWithTablesAsync(2044);
        await factory.AdvanceAsync(first, EditionStatus.Published);

        var revise = await author.SubmitAsync($"/admin/budgets/editions/{first}", new Dictionary<string, string>(), "form[action$='/revise']");
        Assert.Equal(HttpStatusCode.Redirect, revise.StatusCode);
        var second = int.Parse(revise.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(await factory.LineCountAsync(first), await factory.LineCountAsync(second));

        var url = $"/admin/budgets/editions/{second}/tables/three-public";
        var fields = new Dictionary<string, string>
        {
            ["Lines[0].Name"] = "因公出国(境)费", ["Lines[0].Amounts[0]"] = "1",
            ["Lines[1].Name"] = "公务用车购置及运行费", ["Lines[1].Amounts[0]"] = "2",
            ["Lines[2].Name"] = "公务用车购置费", ["Lines[2].Amounts[0]"] = "0",
            ["Lines[3].Name"] = "公务用车运行费", ["Lines[3].Amounts[0]"] = "2",
            ["Lines[4].Name"] = "公务接待费", ["Lines[4].Amounts[0]"] = "3",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync(url, fields)).StatusCode);
        var anonymous = factory.CreateAnonymousClient();
        Assert.Contains("47.00", (await anonymous.GetDocumentAsync("/budgets/2044")).QuerySelector("#table-three-public tfoot")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/admin/budgets/editions/{second}/explanation",
            new Dictionary<string, string> { ["Text"] = "修订后的情况说明。", ["ChangeNote"] = "更正“三公”经费" })).StatusCode);
        await factory.AdvanceAsync(second, EditionStatus.Published);
        var doc = await anonymous.GetDocumentAsync("/budgets/2044");
        Assert.Contains("6.00", doc.QuerySelector("#table-three-public tfoot")!.TextContent);
        Assert.Contains("修订后的情况说明", doc.QuerySelector("main")!.TextContent);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(EditionStatus.Superseded, await db.Editions.Where(e => e.Id == first).Select(e => e.Status).SingleAsync());
    }

    [Fact]
    public async Task An_attachment_goes_public_with_the_published_edition()
    {
        var author = factory.CreateClientAs("author");
        var edition = await DraftWithTablesAsync(2045);
        var token = await author.AntiforgeryTokenAsync($"/admin/budgets/editions/{edition}");
        using (var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } })
        {
            form.Add(new ByteArrayContent("%PDF-1.4 demo"u8.ToArray()), "file", "2045年部门预算.pdf");
            Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync($"/admin/budgets/editions/{edition}/attachments", form)).StatusCode);
        }
        using (var bad = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } })
        {
            bad.Add(new ByteArrayContent("MZ"u8.ToArray()), "file", "setup.exe");
            await author.PostAsync($"/admin/budgets/editions/{edition}/attachments", bad);
        }
        var page = await author.GetDocumentAsync($"/admin/budgets/editions/{edition}");
        Assert.Contains("附件只能是 PDF、Word 或 Excel 文件", page.QuerySelector(".flash-err")!.TextContent);
        Assert.Contains("2045年部门预算.pdf", page.QuerySelector("main")!.TextContent);

        var anonymous = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/budgets/2045")).StatusCode);
        await factory.AdvanceAsync(edition, EditionStatus.Published);
        var link = (await anonymous.GetDocumentAsync("/budgets/2045")).QuerySelector("ul.attachments a")!;
        Assert.Equal("2045年部门预算.pdf", link.TextContent);
        var file = await anonymous.GetAsync(link.GetAttribute("href"));
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Final_accounts_have_their_own_page_and_a_year_with_only_final_accounts_leads_there()
    {
        var edition = await DraftWithTablesAsync(2046, "final");
        await factory.AdvanceAsync(edition, EditionStatus.Published);
        var client = factory.CreateAnonymousClient();
        var response = await client.GetAsync("/budgets/2046");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/budgets/2046/final", response.Headers.Location!.OriginalString);
        var doc = await client.GetDocumentAsync("/budgets/2046/final");
        Assert.Contains("2046年部门决算", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("决算数", doc.QuerySelector("#table-summary thead")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/budgets/2046/final")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/budgets/2046/budget")).StatusCode);
    }
}
