namespace OpenGov.Portal.Models;

public sealed record HomePage(IReadOnlyList<HomePage.ColumnBlock> Blocks)
{
    public sealed record ColumnBlock(string Slug, string Name, IReadOnlyList<ItemRow> Items);
}
