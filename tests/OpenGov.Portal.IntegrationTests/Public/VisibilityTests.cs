using System.Net;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class VisibilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(EditionStatus.Draft)]
    [InlineData(EditionStatus.Submitted)]
    [InlineData(EditionStatus.Reviewed)]
    [InlineData(EditionStatus.Scheduled)]
    [InlineData(EditionStatus.Classified)]
    public async Task Unpublished_items_are_never_shown(EditionStatus status)
    {
        var title = $"未发布可见性测试-{status}";
        var id = await factory.PublishAsync(title, "news", upTo: status);
        var client = factory.CreateAnonymousClient();

        Assert.DoesNotContain(title, await client.GetStringAsync("/"));
        Assert.DoesNotContain(title, await client.GetStringAsync("/columns/news"));
        var search = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(title));
        Assert.DoesNotContain(search.QuerySelectorAll("main li a"), a => a.TextContent.Contains(title, StringComparison.Ordinal));
        var item = await client.GetAsync($"/items/{id}");
        Assert.True(item.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone, $"/items/{id} answered {item.StatusCode}");
        Assert.DoesNotContain(title, await item.Content.ReadAsStringAsync());
    }
}
