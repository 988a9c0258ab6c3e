namespace OpenGov.Portal.Infrastructure;

/// <summary>A horizontal bar chart: one group per label, one bar per series. Drawn by <see cref="BarChartSvg"/>.</summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<BarChart.Group> Groups, string Unit)
{
    public sealed record Group(string Label, IReadOnlyList<decimal> Values);
}
