namespace OpenGov.Portal.Models;

/// <summary>Page numbers for a list. Out-of-range requests are clamped, never an error.</summary>
public sealed record Pager(int Page, int PageCount, int Total)
{
    public const int MaxPage = 100_000;

    public static int Clamp(int? requested, int pageCount) => Math.Clamp(requested ?? 1, 1, Math.Max(1, pageCount));

    public static int PageCountFor(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}
