using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>
/// Authors draft and revise their office's powers here; the flow has its own page
/// (<see cref="PowerFlowsController"/>). Review and sign-off are the generic workflow pages.
/// </summary>
[Area("Admin"), Route("admin/powers"), Authorize]
public sealed class PowersController(PortalDbContext db, TimeProvider clock, IValidator<PowerForm> validator) : Controller
{
    public sealed record Row(int EditionId, int Number, EditionStatus Status, string Code, string Name, bool IsLive, bool CanRevise);

    [HttpGet(""), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var dept = HttpContext.Actor().DepartmentId;
        var editions = await (from i in db.PowerItems.AsNoTracking()
                              join e in db.Editions on i.EditionId equals e.Id
                              join p in db.Publications on e.PublicationId equals p.Id
                              where p.DepartmentId == dept && p.Kind == PublicationKind.Power
                              select new { e.PublicationId, e.Id, e.Number, e.Status, i.Code, i.Name, p.LiveEditionId, p.WithdrawnAt, p.ClassifiedAt })
            .ToListAsync(ct);
        var rows = editions.GroupBy(e => e.PublicationId)
            .Select(g => g.MaxBy(e => e.Number)!)
            .Select(e => new Row(e.Id, e.Number, e.Status, e.Code, e.Name, e.LiveEditionId == e.Id,
                e.Status == EditionStatus.Published && e.WithdrawnAt == null && e.ClassifiedAt == null))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        return View(rows);
    }

    [HttpGet("new"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var bureau = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return View("Edit", new PowerForm { ImplementingBody = bureau, Fee = 0, LegalBases = [new()] });
    }

    [HttpPost("new"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> New(PowerForm form, CancellationToken ct)
    {
        if (Rework(form)) return View("Edit", form);
        if (!await CheckAsync(form, null, ct)) return View("Edit", form);
        var actor = HttpContext.Actor();
        var column = await db.Columns.Where(c => c.Slug == "powers").Select(c => c.Id).FirstOrDefaultAsync(ct);
        if (actor.DepartmentId is null || column == 0) return Forbid();
        var item = PowerItem.Draft(column, actor, clock.GetUtcNow(), Cst.Today(clock), form.ToDetails());
        db.PowerItems.Add(item);
        await db.SaveChangesAsync(ct);
        TempData.Success("已保存草稿。请继续填写权力运行流程。");
        return Redirect($"/admin/powers/{item.EditionId}/flow");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var item = await PowerDrafts.LoadAsync(db, id, ct);
        if (item is null) return NotFound();
        if (!item.Edition.Publication.IsVisibleTo(HttpContext.Actor())) return Forbid();
        return View(item);
    }

    [HttpGet("{id:int}/edit"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var item = await PowerDrafts.LoadAsync(db, id, ct);
        if (item is null) return NotFound();
        if (!IsOwnOffice(item)) return Forbid();
        if (!Workflow.IsEditable(item.Edition.Status))
        {
            TempData.Error($"“{StatusNames.Of(item.Edition.Status)}”状态的权力事项不能修改");
            return Redirect($"/admin/powers/{id}");
        }
        return View(PowerForm.From(item.Details, item.Edition.ChangeNote));
    }

    [HttpPost("{id:int}/edit"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Edit(int id, PowerForm form, CancellationToken ct)
    {
        var item = await PowerDrafts.LoadAsync(db, id, ct);
        if (item is null) return NotFound();
        if (!IsOwnOffice(item)) return Forbid();
        if (Rework(form)) return View(form);
        if (!await CheckAsync(form, item.Edition.PublicationId, ct)) return View(form);
        item.Update(HttpContext.Actor(), clock.GetUtcNow(), form.ToDetails(), form.ChangeNote);
        await db.SaveChangesAsync(ct);
        TempData.Success("已保存");
        return Redirect($"/admin/powers/{id}");
    }

    [HttpPost("{id:int}/submit"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Submit(int id, CancellationToken ct)
    {
        var item = await PowerDrafts.LoadAsync(db, id, ct);
        if (item is null) return NotFound();
        if (!IsOwnOffice(item)) return Forbid();
        item.Submit(HttpContext.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData.Success("已提交保密审查");
        return Redirect($"/admin/powers/{id}");
    }

    /// <summary>Opens a new draft edition of a published power; the published one stays live until the new one is published.</summary>
    [HttpPost("{id:int}/revise"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Revise(int id, CancellationToken ct)
    {
        var item = await PowerDrafts.LoadAsync(db, id, ct);
        if (item is null) return NotFound();
        if (!IsOwnOffice(item)) return Forbid();
        await db.Entry(item.Edition.Publication).Collection(p => p.Editions).LoadAsync(ct);
        var draft = item.Revise(HttpContext.Actor(), clock.GetUtcNow());
        db.PowerItems.Add(draft);
        await db.SaveChangesAsync(ct);
        TempData.Success($"已创建第 {draft.Edition.Number} 版草稿。发布前,公众看到的仍是现行版本。");
        return Redirect($"/admin/powers/{draft.EditionId}/edit");
    }

    bool IsOwnOffice(PowerItem item) => HttpContext.Actor() is var a && a.IsIn(Roles.Author) && a.DepartmentId == item.Edition.Publication.DepartmentId;

    /// <summary>Handles the add/remove-row buttons: true when the form should simply come back.</summary>
    bool Rework(PowerForm form)
    {
        var command = form.Command ?? "save";
        if (command == "add-basis") form.LegalBases.Add(new());
        else if (command.StartsWith("remove-basis:", StringComparison.Ordinal)
                 && int.TryParse(command["remove-basis:".Length..], out var i) && i >= 0 && i < form.LegalBases.Count)
            form.LegalBases.RemoveAt(i);
        else return false;
        ModelState.Clear();
        return true;
    }

    async Task<bool> CheckAsync(PowerForm form, int? publicationId, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) result.AddToModelState(ModelState);
        if (!string.IsNullOrWhiteSpace(form.Code) && result.Errors.All(e => e.PropertyName != nameof(PowerForm.Code))
            && await PowerDrafts.CodeTakenByAsync(db, form.Code!, publicationId, ct) is { } other)
            ModelState.AddModelError(nameof(PowerForm.Code), $"事项编码“{form.Code!.Trim().ToUpperInvariant()}”已被“{other}”使用,请换一个编码");
        return ModelState.IsValid;
    }
}
