using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Drafting: an author's own department's documents. Review and sign-off have controllers of their own.</summary>
[Area("Admin"), Authorize(Roles = Roles.Author), Route("admin/editions")]
public sealed class EditionsController(PortalDbContext db, TimeProvider clock, IValidator<EditionForm> validator, BodySanitizer sanitizer) : Controller
{
    const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct)
    {
        var dept = HttpContext.Actor().DepartmentId;
        var newest = db.Editions.AsNoTracking()
            .Where(e => e.Publication.DepartmentId == dept && e.Number == e.Publication.Editions.Max(x => x.Number));
        var total = await newest.CountAsync(ct);
        var pageCount = Pager.PageCountFor(total, PageSize);
        var current = Pager.Clamp(page, pageCount);
        var rows = await newest.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id).Skip((current - 1) * PageSize).Take(PageSize)
            .Select(e => new EditionListPage.Row(e.Id, e.PublicationId, e.Number, e.Title, e.Publication.Kind, e.Status,
                e.Publication.IndexNumber, e.Publication.LiveEditionId != null && e.Publication.WithdrawnAt == null, e.UpdatedAt))
            .ToListAsync(ct);
        var deptName = await db.Departments.Where(d => d.Id == dept).Select(d => d.Name).FirstOrDefaultAsync(ct) ?? "";
        return View(new EditionListPage(deptName, rows, new Pager(current, pageCount, total)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(PublicationKind? kind, CancellationToken ct)
    {
        var form = new EditionForm { Kind = kind is { } k && EditionForm.DraftableKinds.Contains(k) ? k : PublicationKind.Article, CreatedOn = Cst.Today(clock) };
        return await FormViewAsync(form, ct);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(EditionForm form, CancellationToken ct)
    {
        var body = await CheckAsync(form, ct);
        if (body is null) return await FormViewAsync(form, ct);

        var actor = HttpContext.Actor();
        var publication = Publication.Draft(form.Kind, form.ColumnId!.Value, actor.DepartmentId ?? 0, actor, clock.GetUtcNow(), form.ToContent(body));
        publication.InterpretsId = form.Kind == PublicationKind.Interpretation ? form.InterpretsId : null;
        db.Publications.Add(publication);
        await db.SaveChangesAsync(ct);
        TempData.Success("草稿已保存");
        return Redirect($"/admin/editions/{publication.Editions[0].Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var details = await EditionDetailsQuery.LoadAsync(db, id, ct);
        if (details is null || details.Publication.DepartmentId != HttpContext.Actor().DepartmentId) return NotFound();
        return View(details);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var edition = await LoadOwnAsync(id, ct);
        if (edition is null) return NotFound();
        if (!EditionForm.DraftableKinds.Contains(edition.Publication.Kind))
        {
            if (EditorLinks.EditFor(edition.Publication.Kind, id) is { } editor) return Redirect(editor);
            TempData.Error($"“{KindNames.Of(edition.Publication.Kind)}”不能在这里修改");
            return Redirect($"/admin/editions/{id}");
        }
        if (!Workflow.IsEditable(edition.Status))
        {
            TempData.Error($"“{StatusNames.Of(edition.Status)}”状态的信息不能修改");
            return Redirect($"/admin/editions/{id}");
        }
        return await FormViewAsync(EditionForm.From(edition), ct, edition);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, EditionForm form, CancellationToken ct)
    {
        var edition = await LoadOwnAsync(id, ct);
        if (edition is null) return NotFound();
        form.Kind = edition.Publication.Kind;
        form.IsRevision = edition.Number > 1;
        if (edition.Publication.IndexNumber is not null) form.ColumnId = edition.Publication.ColumnId;
        var body = await CheckAsync(form, ct);
        if (body is null) return await FormViewAsync(form, ct, edition);

        db.ExpectVersion(edition, form.Version);
        edition.Edit(HttpContext.Actor(), clock.GetUtcNow(), form.ToContent(body));
        if (edition.Publication.IndexNumber is null)
        {
            edition.Publication.ColumnId = form.ColumnId!.Value;
            edition.Publication.InterpretsId = edition.Publication.Kind == PublicationKind.Interpretation ? form.InterpretsId : null;
        }
        await db.SaveChangesAsync(ct);
        TempData.Success("已保存");
        return Redirect($"/admin/editions/{id}");
    }

    [HttpPost("{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, uint version, CancellationToken ct)
    {
        var edition = await LoadOwnAsync(id, ct);
        if (edition is null) return NotFound();
        db.ExpectVersion(edition, version);
        edition.Submit(HttpContext.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData.Success("已提交保密审查");
        return Redirect($"/admin/editions/{id}");
    }

    /// <summary>Starts a new edition of a published document; the live edition stays public until the new one is published.</summary>
    [HttpGet("revise/{publicationId:int}")]
    public async Task<IActionResult> Revise(int publicationId, CancellationToken ct)
    {
        var publication = await LoadPublicationAsync(publicationId, ct);
        if (publication?.LiveEdition is null) return NotFound();
        if (!EditionForm.DraftableKinds.Contains(publication.Kind)) return Redirect(EditorLinks.For(publication.Kind, publication.LiveEdition.Id));
        if (publication.Editions.FirstOrDefault(e => Workflow.IsOpen(e.Status)) is { } open)
        {
            TempData.Error("该信息已有一个正在处理的新版本,请先完成或等待该版本");
            return Redirect($"/admin/editions/{open.Id}");
        }
        var form = EditionForm.From(publication.LiveEdition);
        form.ChangeNote = null;
        form.Version = publication.Version;
        return await FormViewAsync(form, ct, publication.LiveEdition, revising: true);
    }

    [HttpPost("revise/{publicationId:int}")]
    public async Task<IActionResult> StartRevision(int publicationId, EditionForm form, CancellationToken ct)
    {
        var publication = await LoadPublicationAsync(publicationId, ct);
        if (publication?.LiveEdition is null) return NotFound();
        if (!EditionForm.DraftableKinds.Contains(publication.Kind)) return Redirect(EditorLinks.For(publication.Kind, publication.LiveEdition.Id));
        form.Kind = publication.Kind;
        form.ColumnId = publication.ColumnId;
        form.InterpretsId = publication.InterpretsId;
        form.IsRevision = true;
        var body = await CheckAsync(form, ct);
        if (body is null) return await FormViewAsync(form, ct, publication.LiveEdition, revising: true);

        if (publication.Version != form.Version) throw new DbUpdateConcurrencyException("The document changed since the form was shown.");
        var actor = HttpContext.Actor();
        var now = clock.GetUtcNow();
        var edition = publication.StartNewEdition(actor, now);
        edition.Edit(actor, now, form.ToContent(body));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone else started a new edition of this document at the same moment.
            throw new DbUpdateConcurrencyException(ex.Message, ex);
        }
        TempData.Success("已创建新版本草稿,发布前原版本保持公开");
        return Redirect($"/admin/editions/{edition.Id}");
    }

    /// <summary>Validates the form and cleans the body; null (with model errors) when the form must be shown again.</summary>
    async Task<string?> CheckAsync(EditionForm form, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) result.AddToModelState(ModelState);
        if (form.ColumnId is { } columnId && !await db.Columns.AnyAsync(c => c.Id == columnId, ct))
            ModelState.AddModelError(nameof(form.ColumnId), "请选择栏目");
        if (form.Kind == PublicationKind.Interpretation && form.InterpretsId is { } policy
            && !await db.Publications.Published().AnyAsync(p => p.Id == policy && p.Kind == PublicationKind.PolicyDocument, ct))
            ModelState.AddModelError(nameof(form.InterpretsId), "请选择已发布的政策文件");
        var body = sanitizer.Clean(form.Body);
        if (result.IsValid && !BodySanitizer.HasContent(body)) ModelState.AddModelError(nameof(form.Body), "正文没有可显示的内容,请填写正文");
        if (body.Length > Data.Configurations.EditionConfiguration.BodyMax) ModelState.AddModelError(nameof(form.Body), "正文过长,请删减后再保存");
        return ModelState.IsValid ? body : null;
    }

    async Task<IActionResult> FormViewAsync(EditionForm form, CancellationToken ct, Edition? edition = null, bool revising = false)
    {
        form.IsExisting = edition is not null;
        form.IsRevision = revising || edition?.Number > 1;
        var fixedColumn = revising || edition?.Publication.IndexNumber is not null;
        form.Heading = revising ? $"修订:{edition!.Title}" : edition is null ? "起草信息" : $"修改:{edition.Title}";
        form.Action = revising ? $"/admin/editions/revise/{edition!.PublicationId}" : edition is null ? "/admin/editions/new" : $"/admin/editions/{edition.Id}/edit";
        form.CancelHref = edition is null ? "/admin/editions" : $"/admin/editions/{edition.Id}";
        form.Columns = await db.Columns.AsNoTracking().Where(c => !fixedColumn || c.Id == form.ColumnId).OrderBy(c => c.SortOrder)
            .Select(c => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(c.Name, c.Id.ToString())).ToListAsync(ct);
        form.Policies = await db.Publications.AsNoTracking().Published().Where(p => p.Kind == PublicationKind.PolicyDocument).NewestFirst()
            .Select(p => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(p.Title + (p.DocumentNumber == null ? "" : "(" + p.DocumentNumber + ")"), p.Id.ToString()))
            .ToListAsync(ct);
        ViewData["FixedColumn"] = fixedColumn;
        return View("Form", form);
    }

    async Task<Edition?> LoadOwnAsync(int id, CancellationToken ct)
    {
        var edition = await db.Editions.Include(e => e.Publication).FirstOrDefaultAsync(e => e.Id == id, ct);
        return edition is not null && edition.Publication.DepartmentId == HttpContext.Actor().DepartmentId ? edition : null;
    }

    async Task<Publication?> LoadPublicationAsync(int id, CancellationToken ct)
    {
        var publication = await db.Publications.Include(p => p.Editions).Include(p => p.LiveEdition).ThenInclude(e => e!.Attachments)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        return publication is not null && publication.DepartmentId == HttpContext.Actor().DepartmentId ? publication : null;
    }
}
