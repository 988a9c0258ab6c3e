using System.Globalization;
using System.Net;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.DataGenerator;

/// <summary>One generated published item. Item i is a pure function of (seed, i), so separate COPY passes agree.</summary>
public sealed record GeneratedItem(int Index, PublicationKind Kind, string Column, string Department, DateTimeOffset PublishedAt, int Year,
    string Title, string Summary, string BodyHtml, string? DocumentNumber, string Topic, DateOnly CreatedOn, Validity Validity, bool HasAttachment)
{
    /// <summary>Column share of the archive (news dominate, as on real portals); budgets and powers have pages of their own.</summary>
    static readonly (string Slug, int Weight)[] ColumnWeights =
    [
        ("news", 34), ("notices", 20), ("policies", 12), ("interpretations", 8), ("statistics", 9),
        ("services", 8), ("annual-reports", 2), ("complaints", 2),
    ];

    static readonly string[] AllDepartments = ["zhxt", "zlgl", "fzc", "ghfz", "fwzx", "hebdb"];
    static readonly string[] Offices = ["发", "办", "函"];

    public static GeneratedItem Make(Vocabulary vocabulary, int seed, int index, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var random = new Random(unchecked(seed * 7_919 + index * 104_729));
        // Publication times rise with the id (as in a real archive) with jitter inside each step.
        var step = (to - from).Ticks / Math.Max(1, count);
        var at = new DateTimeOffset(from.UtcTicks + step * index + (long)(random.NextDouble() * step), TimeSpan.Zero);
        at = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var year = Cst.ToCst(at).Year;

        var column = Pick(random, ColumnWeights);
        var department = column switch
        {
            "statistics" => "zlgl",
            "services" => random.Next(2) == 0 ? "hebdb" : "fwzx",
            "annual-reports" or "complaints" => "zhxt",
            _ => AllDepartments[random.Next(AllDepartments.Length)],
        };
        var kind = column switch
        {
            "policies" => PublicationKind.PolicyDocument,
            "interpretations" => PublicationKind.Interpretation,
            "annual-reports" => PublicationKind.AnnualReport,
            _ => PublicationKind.Article,
        };

        var title = vocabulary.Title(random, year);
        var paragraphs = vocabulary.Paragraphs(random);
        var summary = paragraphs[0].Length > 120 ? paragraphs[0][..120] + "…" : paragraphs[0];
        var body = string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
        var documentNumber = column is "notices" or "policies" && random.NextDouble() < 0.6
            ? string.Create(CultureInfo.InvariantCulture, $"黑知{Offices[random.Next(Offices.Length)]}〔{year}〕{random.Next(1, 150)}号")
            : null;
        var topic = vocabulary.Topics[random.Next(vocabulary.Topics.Count)];
        var roll = random.NextDouble();
        var validity = column == "policies"
            ? roll < 0.8 ? Validity.Valid : roll < 0.92 ? Validity.Amended : Validity.Repealed
            : roll < 0.98 ? Validity.Valid : Validity.Amended;
        var createdOn = DateOnly.FromDateTime(Cst.ToCst(at).Date).AddDays(-random.Next(0, 10));
        var hasAttachment = random.NextDouble() < 0.15;
        return new GeneratedItem(index, kind, column, department, at, year, title, summary, body, documentNumber, topic, createdOn, validity, hasAttachment);
    }

    static string Pick(Random random, (string Slug, int Weight)[] weights)
    {
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (slug, weight) in weights)
        {
            if (roll < weight) return slug;
            roll -= weight;
        }
        return weights[0].Slug;
    }
}
