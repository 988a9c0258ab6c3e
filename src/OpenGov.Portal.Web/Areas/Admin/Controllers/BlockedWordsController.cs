using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models.Participation;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Words that send a letter to manual review (never reject it). Maintained by the Administrator; audited.</summary>
[Area("Admin"), Authorize(Roles = Roles.Administrator), Route("admin/blocked-words")]
public sealed class BlockedWordsController(PortalDbContext db, TimeProvider clock, IValidator<BlockedWordForm> validator) : Controller
{
    public sealed record BlockedWordsPage(IReadOnlyList<BlockedWord> Words, BlockedWordForm Form);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await PageAsync(new BlockedWordForm(), ct));

    [HttpPost("")]
    public async Task<IActionResult> Add(BlockedWordForm form, CancellationToken ct)
    {
        var check = await validator.ValidateAsync(form, ct);
        var word = form.Word?.Trim() ?? "";
        if (check.IsValid && await db.BlockedWords.AnyAsync(w => w.Word == word, ct))
            check.Errors.Add(new FluentValidation.Results.ValidationFailure(nameof(BlockedWordForm.Word), $"“{word}”已在屏蔽词列表中"));
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View("Index", await PageAsync(form, ct));
        }
        var actor = HttpContext.Actor();
        var now = clock.GetUtcNow();
        db.BlockedWords.Add(new BlockedWord { Word = word, AddedAt = now, AddedByName = actor.Name });
        db.AuditRecords.Add(AuditRecord.For(actor, now, "blocked-word.add", nameof(BlockedWord), null, reason: word));
        await db.SaveChangesAsync(ct);
        TempData.Success($"已添加屏蔽词“{word}”");
        return Redirect("/admin/blocked-words");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Remove(int id, CancellationToken ct)
    {
        var word = await db.BlockedWords.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (word is null) return NotFound();
        db.BlockedWords.Remove(word);
        db.AuditRecords.Add(AuditRecord.For(HttpContext.Actor(), clock.GetUtcNow(), "blocked-word.remove", nameof(BlockedWord),
            id.ToString(System.Globalization.CultureInfo.InvariantCulture), reason: word.Word));
        await db.SaveChangesAsync(ct);
        TempData.Success($"已删除屏蔽词“{word.Word}”");
        return Redirect("/admin/blocked-words");
    }

    async Task<BlockedWordsPage> PageAsync(BlockedWordForm form, CancellationToken ct) =>
        new(await db.BlockedWords.AsNoTracking().OrderBy(w => w.Word).ToListAsync(ct), form);
}
