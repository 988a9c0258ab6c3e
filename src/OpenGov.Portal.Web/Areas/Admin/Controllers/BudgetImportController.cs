using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Budgets.Import;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>
/// Import of budget tables from a file (upload → preview with every problem → confirm) and the
/// per-table edit form. Nothing is saved until the whole import is valid and confirmed.
/// </summary>
[Area("Admin"), Authorize(Roles = Roles.Author), Route("admin/budgets/editions/{id:int}")]
public sealed class BudgetImportController(PortalDbContext db, BudgetImporter importer, BudgetImportPayload payloads) : Controller
{
    [HttpGet("import")]
    public async Task<IActionResult> Import(int id, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        BudgetAccess.RequireEditable(loaded);
        return View(new BudgetImportPage(loaded.Budget, new BudgetImportForm()));
    }

    [HttpPost("import")]
    [ServiceFilter<BudgetUploadLimitFilter>(Order = BudgetUploadLimitFilter.FilterOrder)]
    [RequestSizeLimit(BudgetUploadLimitFilter.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = BudgetUploadLimitFilter.RequestLimit)]
    public async Task<IActionResult> Import(int id, BudgetImportForm form, [FromServices] IValidator<BudgetImportForm> validator, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        BudgetAccess.RequireEditable(loaded);
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid) { check.AddToModelState(ModelState); return View(new BudgetImportPage(loaded.Budget, form)); }

        var file = form.File!;
        BudgetImport result;
        if (file.Length > BudgetFileReader.MaxBytes)
            result = new([], [new(file.FileName, null, null, $"文件超过 {BudgetFileReader.MaxBytes / 1024 / 1024} MB 的上限")]);
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var table = BudgetSchemas.BySlug(form.Table)?.Kind;
            result = BudgetFileReader.Read(file.FileName, buffer.ToArray(), table);
        }

        var views = result.Tables.Select(t => new BudgetTableView(t.Schema, loaded.Budget.Kind, t.Rows, null, null, null)).ToList();
        var payload = result.IsValid
            ? payloads.Protect(new(id, HttpContext.Actor().UserId, file.FileName, result.Tables.Select(t => new BudgetImportPayload.Table(t.Kind, [.. t.Rows])).ToList()))
            : null;
        return View("Preview", new BudgetImportPreview(loaded.Budget, file.FileName, result.Problems, views, payload));
    }

    [HttpPost("import/confirm")]
    public async Task<IActionResult> Confirm(int id, string? payload, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        var actor = HttpContext.Actor();
        if (!BudgetAccess.MayEdit(actor, loaded)) return Forbid();
        BudgetAccess.RequireEditable(loaded);
        var content = payloads.Unprotect(payload);
        if (content is null || content.EditionId != id || content.UserId != actor.UserId)
        {
            TempData.Error("预览已过期或无效,请重新上传文件");
            return Redirect($"/admin/budgets/editions/{id}/import");
        }
        var tables = content.Tables.Select(t => new ParsedTable(t.Kind, t.Rows, [])).ToList();
        await importer.SaveAsync(loaded.Edition, actor, tables, "导入文件 " + content.FileName, ct);
        TempData.Success($"已导入 {tables.Count} 张表:{string.Join("、", tables.Select(t => t.Schema.Title))}");
        return Redirect($"/admin/budgets/editions/{id}");
    }

    [HttpGet("tables/{slug}")]
    public async Task<IActionResult> EditTable(int id, string slug, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null || BudgetSchemas.BySlug(slug) is not { } schema) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        BudgetAccess.RequireEditable(loaded);
        var rows = (await BudgetQueries.TablesAsync(db, id, ct))[schema.Kind];
        var form = new BudgetTableForm
        {
            Lines = rows.Select(r => new BudgetLineInput { Section = r.Section, Code = r.Code, Name = r.Name, Amounts = [.. r.Amounts.Select(Money.Plain)] }).ToList(),
        };
        if (rows.Count == 0 && schema.Key == RowKey.Item) form.Lines.AddRange(ThreePublicItems.All.Select(n => new BudgetLineInput { Name = n }));
        return View(new BudgetTableEditPage(loaded.Budget, schema, Padded(form, schema), []));
    }

    [HttpPost("tables/{slug}")]
    public async Task<IActionResult> EditTable(int id, string slug, BudgetTableForm form, [FromServices] IValidator<BudgetTableForm> validator, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null || BudgetSchemas.BySlug(slug) is not { } schema) return NotFound();
        var actor = HttpContext.Actor();
        if (!BudgetAccess.MayEdit(actor, loaded)) return Forbid();
        BudgetAccess.RequireEditable(loaded);
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid) { check.AddToModelState(ModelState); return View(new BudgetTableEditPage(loaded.Budget, schema, Padded(form, schema), [])); }

        var (table, problems) = BudgetSheetParser.Parse(schema, ToSheet(schema, form));
        if (problems.Count == 0) problems.AddRange(BudgetChecker.Check(table));
        if (problems.Count > 0) return View(new BudgetTableEditPage(loaded.Budget, schema, Padded(form, schema, keepBlank: true), problems));

        await importer.SaveAsync(loaded.Edition, actor, [table], "在线编辑", ct);
        TempData.Success($"“{schema.Title}”已保存");
        return Redirect($"/admin/budgets/editions/{id}");
    }

    /// <summary>The form as a sheet: header row 0, then form row n as row n (1-based), so messages name the form's row.</summary>
    static RawSheet ToSheet(BudgetTableSchema schema, BudgetTableForm form)
    {
        var rows = new List<RawRow> { new(0, schema.Headers) };
        for (var i = 0; i < form.Lines.Count; i++)
        {
            var l = form.Lines[i];
            IEnumerable<string?> keys = schema.Key switch
            {
                RowKey.Section => [l.Section, l.Name],
                RowKey.Code => [l.Code, l.Name],
                _ => [l.Name],
            };
            var amounts = Enumerable.Range(0, schema.AmountColumns.Count).Select(a => a < l.Amounts.Count ? l.Amounts[a] : null);
            rows.Add(new RawRow(i + 1, keys.Concat(amounts).Select(c => c ?? "").ToList()));
        }
        return new RawSheet(schema.Title, rows);
    }

    /// <summary>The form's rows plus blank ones to add lines; after a refused post the rows stay where they were, so messages match.</summary>
    static BudgetTableForm Padded(BudgetTableForm form, BudgetTableSchema schema, bool keepBlank = false)
    {
        var lines = form.Lines.Where(l => keepBlank || !string.IsNullOrWhiteSpace(l.Name) || !string.IsNullOrWhiteSpace(l.Code) || !string.IsNullOrWhiteSpace(l.Section)
            || l.Amounts.Any(a => !string.IsNullOrWhiteSpace(a))).ToList();
        if (!keepBlank) lines.AddRange(Enumerable.Range(0, BudgetTableForm.BlankRows).Select(_ => new BudgetLineInput()));
        foreach (var l in lines) while (l.Amounts.Count < schema.AmountColumns.Count) l.Amounts.Add(null);
        return new BudgetTableForm { Lines = lines };
    }
}
