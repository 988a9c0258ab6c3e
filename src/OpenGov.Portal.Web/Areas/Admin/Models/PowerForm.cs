using OpenGov.Portal.Domain.Powers;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>The power item form. Legal bases are rows (blank rows are ignored); materials one per line.</summary>
public sealed class PowerForm
{
    public PowerCategory? Category { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? ImplementingBody { get; set; }
    public string? StatutoryTimeLimit { get; set; }
    public string? PromisedTimeLimit { get; set; }
    public decimal? Fee { get; set; }
    public string? FeeBasis { get; set; }
    public List<LegalBasisRow> LegalBases { get; set; } = [];
    public string? Materials { get; set; }
    public string? Responsibilities { get; set; }
    public string? Accountability { get; set; }
    public string? ContactPhone { get; set; }
    public string? ComplaintPhone { get; set; }
    public string? ChangeNote { get; set; }

    /// <summary>"save", "add-basis" or "remove-basis:{index}" (the form works without JavaScript).</summary>
    public string? Command { get; set; }

    public sealed class LegalBasisRow
    {
        public string? LawName { get; set; }
        public string? Article { get; set; }
        public string? Text { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(LawName) && string.IsNullOrWhiteSpace(Article) && string.IsNullOrWhiteSpace(Text);
    }

    public IReadOnlyList<string> MaterialLines =>
        (Materials ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public PowerDetails ToDetails() => new(
        Category ?? PowerCategory.Other, Code ?? "", Name ?? "", ImplementingBody ?? "", StatutoryTimeLimit ?? "", PromisedTimeLimit, Fee ?? 0, FeeBasis,
        LegalBases.Where(b => !b.IsBlank).Select(b => new LegalBasisData(b.LawName ?? "", b.Article ?? "", b.Text ?? "")).ToList(),
        MaterialLines, Responsibilities ?? "", Accountability ?? "", ContactPhone, ComplaintPhone);

    public static PowerForm From(PowerDetails d, string? changeNote) => new()
    {
        Category = d.Category,
        Code = d.Code,
        Name = d.Name,
        ImplementingBody = d.ImplementingBody,
        StatutoryTimeLimit = d.StatutoryTimeLimit,
        PromisedTimeLimit = d.PromisedTimeLimit,
        Fee = d.Fee,
        FeeBasis = d.FeeBasis,
        LegalBases = d.LegalBases.Select(b => new LegalBasisRow { LawName = b.LawName, Article = b.Article, Text = b.Text }).ToList(),
        Materials = string.Join('\n', d.Materials),
        Responsibilities = d.Responsibilities,
        Accountability = d.Accountability,
        ContactPhone = d.ContactPhone,
        ComplaintPhone = d.ComplaintPhone,
        ChangeNote = changeNote,
    };
}
