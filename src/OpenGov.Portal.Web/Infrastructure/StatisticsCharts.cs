using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Infrastructure;

/// <summary>A bar chart of a statistics table (its rows except 合计, every column a series), drawn by <see cref="BarChartSvg"/>.</summary>
public static class StatisticsCharts
{
    public static string? Svg(ReportTable table, int maxSeries = 4)
    {
        var rows = table.Rows.Where(r => r.Cells.Count > 0 && !r.Cells.All(c => c.Total)).ToList();
        if (rows.Count == 0 || table.Key == "summary") return null;
        var series = table.Columns.Take(maxSeries).ToList();
        var chart = new BarChart("chart-" + table.Key, table.Caption, $"{table.Caption}的条形图,数据见下表", series,
            rows.Select(r => new BarChart.Group(r.Label, r.Cells.Take(series.Count).Select(c => c.Value).ToList())).ToList(), "件");
        return BarChartSvg.Render(chart);
    }
}
