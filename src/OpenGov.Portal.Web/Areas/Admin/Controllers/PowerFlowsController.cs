using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Powers.Flows;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>The flow of a draft power: edited as a list of steps, or imported and exported as JSON (docs/flowchart.md).</summary>
[Area("Admin"), Route("admin/powers/{id:int}/flow"), Authorize(Roles = Roles.Author)]
public sealed class PowerFlowsController(PortalDbContext db, TimeProvider clock, IValidator<PowerFlowForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (item, refusal) = await LoadAsync(id, ct);
        if (item is null) return refusal!;
        return Page(item, item.Steps.Count == 0 ? PowerFlowForm.Template() : PowerFlowForm.From(item.Flow));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, PowerFlowForm form, CancellationToken ct)
    {
        var (item, refusal) = await LoadAsync(id, ct);
        if (item is null) return refusal!;
        if (form.Command is { } command && command != "save")
        {
            form.Apply(command);
            ModelState.Clear();
            return Page(item, form);
        }
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState);
            return Page(item, form);
        }
        item.ReplaceFlow(HttpContext.Actor(), clock.GetUtcNow(), form.ToDefinition().Flow);
        await db.SaveChangesAsync(ct);
        TempData.Success("流程已保存");
        return Redirect($"/admin/powers/{id}");
    }

    [HttpGet("/admin/powers/{id:int}/flow.json")]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        var (item, refusal) = await LoadAsync(id, ct, draftOnly: false);
        if (item is null) return refusal!;
        db.AuditRecords.Add(AuditRecord.For(HttpContext.Actor(), clock.GetUtcNow(), "power.flow.export", nameof(Edition), id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(Encoding.UTF8.GetBytes(FlowJson.Export(item.Flow)), "application/json", $"{item.Code}-flow.json");
    }

    [HttpPost("import"), RequestSizeLimit(FlowJson.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(int id, string? json, IFormFile? file, CancellationToken ct)
    {
        var (item, refusal) = await LoadAsync(id, ct);
        if (item is null) return refusal!;
        if (file is { Length: > 0 })
        {
            if (file.Length > FlowJson.MaxBytes) return ImportError(item, json, $"流程 JSON 不能超过 {FlowJson.MaxBytes / 1024} KB");
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            json = await reader.ReadToEndAsync(ct);
        }
        var (flow, error) = FlowJson.Import(json ?? "");
        if (flow is null) return ImportError(item, json, error!);

        // A well-formed but invalid flow comes back in the editor, unsaved, with its problems named.
        var form = PowerFlowForm.From(flow);
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState);
            ViewData["Notice"] = "导入的流程未通过校验,尚未保存。请修改下列问题后保存。";
            return Page(item, form);
        }
        item.ReplaceFlow(HttpContext.Actor(), clock.GetUtcNow(), flow, "power.flow.import");
        await db.SaveChangesAsync(ct);
        TempData.Success($"已导入流程({flow.Steps.Count} 个步骤)");
        return Redirect($"/admin/powers/{id}");
    }

    ViewResult ImportError(PowerItem item, string? json, string error)
    {
        ModelState.AddModelError("Json", error);
        ViewData["Json"] = json;
        return Page(item, item.Steps.Count == 0 ? PowerFlowForm.Template() : PowerFlowForm.From(item.Flow));
    }

    ViewResult Page(PowerItem item, PowerFlowForm form)
    {
        ViewData["EditionId"] = item.EditionId;
        ViewData["PowerName"] = item.Name;
        ViewData["PowerCode"] = item.Code;
        return View("Edit", form);
    }

    async Task<(PowerItem? Item, IActionResult? Refusal)> LoadAsync(int id, CancellationToken ct, bool draftOnly = true)
    {
        var item = await PowerDrafts.LoadAsync(db, id, ct);
        if (item is null) return (null, NotFound());
        var actor = HttpContext.Actor();
        if (actor.DepartmentId != item.Edition.Publication.DepartmentId) return (null, Forbid());
        if (draftOnly && !Workflow.IsEditable(item.Edition.Status))
        {
            TempData.Error($"“{StatusNames.Of(item.Edition.Status)}”状态的权力事项不能修改流程");
            return (null, Redirect($"/admin/powers/{id}"));
        }
        return (item, null);
    }
}
