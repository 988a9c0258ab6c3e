using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Powers.Flowcharts;

namespace OpenGov.Portal.UnitTests.Powers;

/// <summary>
/// docs/flowchart-example.svg is the renderer's output for the demo licensing flow. When the renderer
/// changes on purpose, regenerate it: <c>UPDATE_FLOWCHART_EXAMPLE=1 bash src/scripts/test.sh --filter FlowchartExample</c>.
/// </summary>
public sealed class FlowchartExampleTests
{
    public static string Render()
    {
        var seed = DemoPowerCatalogue.All.Single(s => s.Details.Code == "XK-001");
        return FlowchartRenderer.Render(seed.Flow, PowerQueries.Chart(seed.Details, seed.Flow, "flow", standalone: true));
    }

    [Fact]
    public void The_committed_example_is_what_the_renderer_draws()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "flowchart-example.svg");
        var svg = Render();
        if (Environment.GetEnvironmentVariable("UPDATE_FLOWCHART_EXAMPLE") == "1") File.WriteAllText(path, svg);
        Assert.True(File.Exists(path), "docs/flowchart-example.svg is missing; run with UPDATE_FLOWCHART_EXAMPLE=1");
        Assert.Equal(svg, File.ReadAllText(path));
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpenGov.Portal.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found");
    }
}
