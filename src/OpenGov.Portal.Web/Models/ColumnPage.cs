namespace OpenGov.Portal.Models;

public sealed record ColumnPage(string Slug, string Name, IReadOnlyList<ItemRow> Items, KeysetPager Pager);
