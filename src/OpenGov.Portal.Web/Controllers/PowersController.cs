using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Powers.Flowcharts;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Controllers;

/// <summary>The public power list (权力清单): filters, one page per published power, and its flowchart as a file.</summary>
[PublicRead]
public sealed partial class PowersController(PortalDbContext db) : Controller
{
    /// <summary>The downloaded SVG may only draw itself: no scripts, no fetches, no framing.</summary>
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

    [GeneratedRegex(PowerLimits.CodePattern)]
    private static partial Regex CodeFormat();

    [HttpGet("/powers")]
    public async Task<IActionResult> Index(string? category, string? office, string? q, CancellationToken ct)
    {
        PowerCategory? chosen = Enum.TryParse<PowerCategory>(category, ignoreCase: true, out var c) && Enum.IsDefined(c) && !int.TryParse(category, out _) ? c : null;
        var page = await PowerQueries.ListAsync(db, chosen, office?.Trim(), q, ct);
        return View(page);
    }

    [HttpGet("/powers/{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken ct)
    {
        var normal = Normalise(code);
        if (normal is null) return NotFound();
        var edition = await PowerQueries.PublishedEditionAsync(db, normal, ct);
        if (edition is null) return await GoneOrMovedAsync(normal, "", ct);
        if (normal != code) return RedirectPermanent($"/powers/{normal}");
        var page = await PowerQueries.PageAsync(db, edition.Value, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/powers/{code}/flow.svg")]
    public async Task<IActionResult> Flowchart(string code, CancellationToken ct)
    {
        var normal = Normalise(code);
        if (normal is null) return NotFound();
        var edition = await PowerQueries.PublishedEditionAsync(db, normal, ct);
        if (edition is null) return await GoneOrMovedAsync(normal, "/flow.svg", ct, notice: false);
        var page = await PowerQueries.PageAsync(db, edition.Value, ct);
        if (page is null) return NotFound();
        var svg = FlowchartRenderer.Render(page.Flow, PowerQueries.Chart(page.Details, page.Flow, "flow", standalone: true));
        Response.Headers.ContentSecurityPolicy = SvgPolicy;
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(Encoding.UTF8.GetBytes(svg), "image/svg+xml", $"{normal}-flowchart.svg");
    }

    async Task<IActionResult> GoneOrMovedAsync(string code, string suffix, CancellationToken ct, bool notice = true)
    {
        var renamed = await PowerQueries.RenamedToAsync(db, code, ct);
        if (renamed is not null) return RedirectPermanent($"/powers/{renamed}{suffix}");
        var withdrawn = await PowerQueries.WithdrawnAsync(db, code, ct);
        if (withdrawn is null) return NotFound();
        if (withdrawn.Reason is null || !notice) return StatusCode(StatusCodes.Status410Gone);
        return View("~/Views/Items/Withdrawn.cshtml", withdrawn);
    }

    static string? Normalise(string code)
    {
        var normal = code.Trim().ToUpperInvariant();
        return normal.Length is > 0 and <= PowerLimits.CodeMax && CodeFormat().IsMatch(normal) ? normal : null;
    }
}
