using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data;

/// <summary>
/// Generates a year's annual openness report from live data as a draft <see cref="PublicationKind.AnnualReport"/>
/// in the 政务公开年报 column, and collects the portal's own figures for it.
/// </summary>
public sealed class AnnualReportGenerator(PortalDbContext db, DisclosureCountsQuery counts)
{
    public const string ColumnSlug = "annual-reports";

    /// <summary>Annual reports are drafted by the 综合协调处 (general coordination office), which coordinates openness work.</summary>
    public const string CoordinatingDepartmentCode = "zhxt";

    public async Task<AnnualReportData> DataAsync(int year, CancellationToken ct = default)
    {
        var period = ReportingPeriod.Year(year);
        var figures = await FiguresAsync(period, ct);
        var cells = AnnualReportCalculator.ApplicationCells(await counts.CountAsync(period.From, period.To, ct));
        return new(year, figures, cells, new Dictionary<string, decimal>());
    }

    public async Task<AnnualReport> GenerateAsync(int year, Actor author, DateTimeOffset now, CancellationToken ct = default)
    {
        var column = await db.Columns.Where(c => c.Slug == ColumnSlug).Select(c => c.Id).SingleAsync(ct);
        var data = await DataAsync(year, ct);
        var texts = new ReportTexts(AnnualReportCalculator.OverallText(data), "", "");
        var content = new EditionContent($"{await BureauAsync(ct)}{year}年政府信息公开工作年度报告", $"{year}年政府信息公开工作年度报告",
            AnnualReportHtml.Body(data, texts), null, "政务公开", DateOnly.FromDateTime(Cst.ToCst(now).Date), Validity.Valid, DisclosureMode.Proactive, null);
        var publication = Publication.Draft(PublicationKind.AnnualReport, column, author.DepartmentId!.Value, author, now, content);
        db.Publications.Add(publication);
        var report = AnnualReport.For(publication.Editions[0], data, texts, now);
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    async Task<string> BureauAsync(CancellationToken ct) =>
        await db.Organisations.OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";

    public async Task<PortalFigures> FiguresAsync(ReportingPeriod p, CancellationToken ct = default)
    {
        var policies = await PolicyEditionsAsync(p.End, ct);
        var issued = policies.Where(e => e.Number == policies.Where(x => x.PublicationId == e.PublicationId).Min(x => x.Number))
            .Count(e => e.PublishedAt >= p.Start);
        var repealed = policies.Where(e => e.Validity == Validity.Repealed && e.PublishedAt >= p.Start).Select(e => e.PublicationId).Distinct().Count();
        var inForce = policies.GroupBy(e => e.PublicationId).Select(g => g.MaxBy(e => e.Number)!)
            .Count(e => e.Validity != Validity.Repealed && (e.WithdrawnAt is null || e.WithdrawnAt >= p.End));

        var published = await db.Editions.CountAsync(e => e.PublishedAt >= p.Start && e.PublishedAt < p.End, ct);
        var catalogue = await db.Publications.CountAsync(x => x.IndexNumber != null && x.PublishedAt >= p.Start && x.PublishedAt < p.End, ct);
        var received = await db.FeedbackLetters.CountAsync(l => l.ReceivedAt >= p.Start && l.ReceivedAt < p.End, ct);
        var replied = await db.FeedbackLetters.CountAsync(l => l.RepliedAt >= p.Start && l.RepliedAt < p.End, ct);
        return new(issued, repealed, inForce, published, catalogue, received, replied);
    }

    public sealed record PolicyEdition(int PublicationId, int Number, Validity Validity, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt);

    /// <summary>Published editions of policy documents (政策文件: the 行政规范性文件 the portal holds) up to <paramref name="end"/>.</summary>
    public async Task<List<PolicyEdition>> PolicyEditionsAsync(DateTimeOffset end, CancellationToken ct = default) =>
        await db.Editions.AsNoTracking()
            .Where(e => e.Publication.Kind == PublicationKind.PolicyDocument && e.Publication.ClassifiedAt == null
                && e.PublishedAt != null && e.PublishedAt < end)
            .Select(e => new PolicyEdition(e.PublicationId, e.Number, e.Validity, e.PublishedAt, e.Publication.WithdrawnAt))
            .ToListAsync(ct);
}
