using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Budgets.Import;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Authors' budget pages: list, create (year + kind → draft), overview, 情况说明, submit, revise, templates.</summary>
[Area("Admin"), Authorize(Roles = Roles.Author), Route("admin/budgets")]
public sealed class BudgetEditorController(PortalDbContext db, BudgetDrafts drafts, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var dept = HttpContext.Actor().DepartmentId;
        var rows = await (from b in db.Budgets.AsNoTracking()
                          join p in db.Publications on b.PublicationId equals p.Id
                          where p.DepartmentId == dept
                          let e = p.Editions.OrderByDescending(x => x.Number).First()
                          orderby b.FiscalYear descending, b.Kind
                          select new BudgetListRow(p.Id, b.FiscalYear, b.Kind, e.Title, e.Id, e.Number, e.Status, p.LiveEditionId != null))
            .ToListAsync(ct);
        return View(rows);
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new BudgetCreateForm { FiscalYear = Cst.Today(clock).Year, Kind = BudgetKinds.BudgetSlug });

    [HttpPost("new")]
    public async Task<IActionResult> Create(BudgetCreateForm form, [FromServices] IValidator<BudgetCreateForm> validator, CancellationToken ct)
    {
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid) { check.AddToModelState(ModelState); return View(form); }
        var kind = BudgetKinds.FromSlug(form.Kind)!.Value;
        if (await drafts.ExistsAsync(form.FiscalYear!.Value, kind, ct))
        {
            ModelState.AddModelError(nameof(form.FiscalYear), $"{form.FiscalYear}年的{BudgetKinds.Name(kind)}已经存在,请在列表中打开它");
            return View(form);
        }
        var edition = await drafts.CreateAsync(form.FiscalYear.Value, kind, HttpContext.Actor(), ct: ct);
        TempData.Success("已创建草稿,请导入或录入表格");
        return Redirect($"/admin/budgets/editions/{edition.Id}");
    }

    [HttpGet("editions/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        var (edition, budget) = (loaded.Edition, loaded.Budget);
        var tables = await BudgetQueries.TablesAsync(db, id, ct);
        var views = BudgetSchemas.All.Select(s => new BudgetTableView(s, budget.Kind, tables[s.Kind], null, null, null)).ToList();
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.EditionId == id).OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new ItemPage.AttachmentLink(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var canRevise = edition.Publication.LiveEditionId == edition.Id && edition.Status == EditionStatus.Published
            && !await db.Editions.AnyAsync(e => e.PublicationId == edition.PublicationId && e.Number > edition.Number, ct);
        return View(new BudgetEditionPage(budget, edition.Number, edition.ReturnReason, edition.ChangeNote, BudgetText.PlainText(edition.BodyHtml),
            views, attachments, canRevise));
    }

    [HttpGet("editions/{id:int}/explanation")]
    public async Task<IActionResult> Explanation(int id, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        ViewData["Budget"] = loaded.Budget;
        return View(new BudgetExplanationForm { Text = BudgetText.PlainText(loaded.Edition.BodyHtml), ChangeNote = loaded.Edition.ChangeNote });
    }

    [HttpPost("editions/{id:int}/explanation")]
    public async Task<IActionResult> Explanation(int id, BudgetExplanationForm form, [FromServices] IValidator<BudgetExplanationForm> validator, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        ViewData["Budget"] = loaded.Budget;
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid) { check.AddToModelState(ModelState); return View(form); }
        var edition = loaded.Edition;
        var content = edition.Content with { BodyHtml = BudgetText.ToHtml(form.Text), Summary = Summary(form.Text), ChangeNote = form.ChangeNote };
        edition.Edit(HttpContext.Actor(), clock.GetUtcNow(), content);
        await db.SaveChangesAsync(ct);
        TempData.Success("情况说明已保存");
        return Redirect($"/admin/budgets/editions/{id}");
    }

    [HttpPost("editions/{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        var tables = await BudgetQueries.TablesAsync(db, id, ct);
        var missing = BudgetSchemas.All.Where(s => tables[s.Kind].Count == 0).Select(s => s.Title).ToList();
        if (missing.Count > 0) throw new WorkflowException($"以下表格尚无数据,不能提交:{string.Join("、", missing)}");
        loaded.Edition.Submit(HttpContext.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData.Success("已提交保密审查");
        return Redirect($"/admin/budgets/editions/{id}");
    }

    [HttpPost("editions/{id:int}/revise")]
    public async Task<IActionResult> Revise(int id, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        var publication = await db.Publications.Include(p => p.Editions).ThenInclude(e => e.Attachments).Include(p => p.LiveEdition)
            .FirstAsync(p => p.Id == loaded.Edition.PublicationId, ct);
        var edition = await drafts.ReviseAsync(publication, HttpContext.Actor(), ct);
        TempData.Success($"已创建第 {edition.Number} 版草稿(表格已复制),发布前公众看到的仍是已发布的版本");
        return Redirect($"/admin/budgets/editions/{edition.Id}");
    }

    [HttpGet("templates/budget-template.xlsx")]
    public IActionResult WorkbookTemplate() =>
        File(BudgetFiles.WorkbookTemplate(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "部门预决算导入模板.xlsx");

    [HttpGet("templates/{slug}.csv")]
    public IActionResult CsvTemplate(string slug) =>
        BudgetSchemas.BySlug(slug) is { } schema ? File(BudgetFiles.CsvTemplate(schema), "text/csv; charset=utf-8", schema.CsvFileName) : NotFound();

    [HttpGet("editions/{id:int}/workbook.xlsx")]
    public async Task<IActionResult> Workbook(int id, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        var tables = await BudgetQueries.TablesAsync(db, id, ct);
        return File(BudgetFiles.Workbook(tables), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"{loaded.Budget.FiscalYear}-{loaded.Budget.KindSlug}-v{loaded.Edition.Number}.xlsx");
    }

    static string? Summary(string? text)
    {
        var first = (text ?? "").Trim().Split('\n')[0].Trim();
        return first.Length == 0 ? null : first.Length > 120 ? first[..120] + "…" : first;
    }
}
