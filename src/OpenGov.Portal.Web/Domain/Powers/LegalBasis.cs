namespace OpenGov.Portal.Domain.Powers;

/// <summary>One article a power rests on (设定依据), e.g. 《中华人民共和国专利法》第六十三条 and its text.</summary>
public sealed class LegalBasis
{
    public int EditionId { get; private set; }
    public int SortOrder { get; private set; }
    public string LawName { get; private set; } = "";
    public string Article { get; private set; } = "";
    public string Text { get; private set; } = "";

    private LegalBasis() { }

    internal LegalBasis(int sortOrder, LegalBasisData data)
    {
        SortOrder = sortOrder;
        Set(data);
    }

    internal void Set(LegalBasisData data) => (LawName, Article, Text) = (data.LawName.Trim(), data.Article.Trim(), data.Text.Trim());

    public LegalBasisData Data => new(LawName, Article, Text);
}

public sealed record LegalBasisData(string LawName, string Article, string Text);
