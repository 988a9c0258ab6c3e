using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models.Reporting;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>
/// The annual openness report: authors of the 综合协调处 generate it from live data, edit the entered cells and text,
/// and submit it; review and sign-off are the generic workflow pages. Reviewers and leaders read it here too.
/// </summary>
[Area("Admin"), Route("admin/reports"), Authorize(Roles = $"{Roles.Author},{Roles.Reviewer},{Roles.Leader}")]
public sealed class AnnualReportsController(PortalDbContext db, TimeProvider clock, AnnualReportGenerator generator, AnnualReportRecords records,
    IValidator<GenerateReportForm> generateValidator, IValidator<AnnualReportForm> validator) : Controller
{
    public sealed record Row(int EditionId, int Year, int Number, EditionStatus Status, string Title);
    public sealed record IndexPage(IReadOnlyList<Row> Rows, bool CanGenerate, GenerateReportForm Form);
    public sealed record ShowPage(AnnualReport Report, bool CanEdit, string? Problem);
    public sealed record EditPage(AnnualReport Report, AnnualReportForm Form);
    public sealed record CellPage(AnnualReport Report, string Label, IReadOnlyList<AnnualReportRecords.Item> Items);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new IndexPage(await RowsAsync(ct), await IsCoordinatorAsync(ct), new GenerateReportForm { Year = Cst.Today(clock).Year - 1 }));

    [HttpPost("")]
    public async Task<IActionResult> Generate(GenerateReportForm form, CancellationToken ct)
    {
        if (!await IsCoordinatorAsync(ct)) return Forbid();
        var result = await generateValidator.ValidateAsync(form, ct);
        if (result.IsValid && await db.AnnualReports.AnyAsync(r => r.Year == form.Year && r.Edition.Publication.ClassifiedAt == null
                && r.Edition.Publication.WithdrawnAt == null, ct))
            result.Errors.Add(new("Year", $"{form.Year}年的年度报告已经生成,请在列表中打开它"));
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState);
            return View("Index", new IndexPage(await RowsAsync(ct), true, form));
        }
        var report = await generator.GenerateAsync(form.Year!.Value, HttpContext.Actor(), clock.GetUtcNow(), ct);
        TempData.Success($"已根据现有数据生成{form.Year}年度报告草稿,请补充填写统计表和文字部分");
        return Redirect($"/admin/reports/{report.EditionId}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var report = await LoadAsync(id, ct);
        if (report is null) return NotFound();
        if (!report.Edition.Publication.IsVisibleTo(HttpContext.Actor())) return Forbid();
        return View(new ShowPage(report, IsOwn(report) && Workflow.IsEditable(report.Edition.Status), AnnualReportCalculator.CrossCheckProblem(report.Data)));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var report = await LoadAsync(id, ct);
        if (report is null) return NotFound();
        if (!IsOwn(report)) return Forbid();
        if (!Workflow.IsEditable(report.Edition.Status))
        {
            TempData.Error($"“{StatusNames.Of(report.Edition.Status)}”状态的年度报告不能修改");
            return Redirect($"/admin/reports/{id}");
        }
        return View(new EditPage(report, AnnualReportForm.From(report)));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, AnnualReportForm form, CancellationToken ct)
    {
        var report = await LoadAsync(id, ct);
        if (report is null) return NotFound();
        if (!IsOwn(report)) return Forbid();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState);
            return View(new EditPage(report, form));
        }
        var actor = HttpContext.Actor();
        var now = clock.GetUtcNow();
        report.Revise(form.Entered(), form.Texts());
        var content = report.Edition.Content with { BodyHtml = AnnualReportHtml.Body(report.Data, report.Texts) };
        report.Edition.Edit(actor, now, content);
        await db.SaveChangesAsync(ct);
        TempData.Success("已保存");
        return Redirect($"/admin/reports/{id}");
    }

    [HttpPost("{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, CancellationToken ct)
    {
        var report = await LoadAsync(id, ct);
        if (report is null) return NotFound();
        if (!IsOwn(report)) return Forbid();
        if (AnnualReportCalculator.CrossCheckProblem(report.Data) is { } problem)
        {
            TempData.Error(problem);
            return Redirect($"/admin/reports/{id}");
        }
        report.Edition.Submit(HttpContext.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData.Success("已提交保密审查");
        return Redirect($"/admin/reports/{id}");
    }

    [HttpGet("{id:int}/tables/{key}.csv")]
    public async Task<IActionResult> Csv(int id, string key, CancellationToken ct)
    {
        var report = await LoadAsync(id, ct);
        if (report is null) return NotFound();
        if (!report.Edition.Publication.IsVisibleTo(HttpContext.Actor())) return Forbid();
        var table = AnnualReportCalculator.Tables(report.Data).FirstOrDefault(t => t.Key == key);
        return table is null ? NotFound() : File(TableCsv.Write(table), TableCsv.ContentType, $"annual-report-{report.Year}-{key}.csv");
    }

    [HttpGet("{id:int}/cells/{key}")]
    public async Task<IActionResult> Cell(int id, string key, CancellationToken ct)
    {
        var report = await LoadAsync(id, ct);
        if (report is null) return NotFound();
        if (!report.Edition.Publication.IsVisibleTo(HttpContext.Actor())) return Forbid();
        var items = await records.ForAsync(report.Year, key, ct);
        if (items is null) return NotFound();
        var label = AnnualReportCalculator.Tables(report.Data)
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select((c, i) => (c, Label: $"{t.Caption}:{r.Label} — {t.Columns[i]}"))))
            .FirstOrDefault(x => x.c.Key == key).Label ?? key;
        return View(new CellPage(report, label, items));
    }

    async Task<AnnualReport?> LoadAsync(int editionId, CancellationToken ct) =>
        await db.AnnualReports.Include(r => r.Edition).ThenInclude(e => e.Publication).FirstOrDefaultAsync(r => r.EditionId == editionId, ct);

    async Task<List<Row>> RowsAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var rows = await db.AnnualReports.AsNoTracking()
            .Select(r => new { r.EditionId, r.Year, r.Edition.Number, r.Edition.Status, r.Edition.Title, r.Edition.Publication.DepartmentId })
            .ToListAsync(ct);
        var seesAll = actor.IsIn(Roles.Reviewer) || actor.IsIn(Roles.Leader);
        return rows.Where(r => seesAll || r.DepartmentId == actor.DepartmentId)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Number)
            .Select(r => new Row(r.EditionId, r.Year, r.Number, r.Status, r.Title)).ToList();
    }

    async Task<bool> IsCoordinatorAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsIn(Roles.Author) || actor.DepartmentId is null) return false;
        return await db.Departments.AnyAsync(d => d.Id == actor.DepartmentId && d.Code == AnnualReportGenerator.CoordinatingDepartmentCode, ct);
    }

    bool IsOwn(AnnualReport report)
    {
        var actor = HttpContext.Actor();
        return actor.IsIn(Roles.Author) && actor.DepartmentId == report.Edition.Publication.DepartmentId;
    }
}
