using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Admin;

/// <summary>Walks every POST action of the app and proves none accepts a request without an antiforgery token.</summary>
public sealed class AntiforgeryCoverageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void No_post_action_opts_out_of_antiforgery()
    {
        var posts = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<HttpPostAttribute>().Any())
            .ToList();
        Assert.NotEmpty(posts);
        var optedOut = posts.Where(m => m.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null
                                        || m.DeclaringType!.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToList();
        Assert.Empty(optedOut);
    }

    [Fact]
    public async Task Every_post_endpoint_refuses_a_request_without_a_token()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // A test-only account holding every role, so authorization passes and only antiforgery can refuse.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            if (await users.FindByNameAsync("allroles") is null)
            {
                var user = new StaffUser { UserName = "allroles", DisplayName = "全部角色", DepartmentId = 1 };
                await users.CreateAsync(user);
                await users.AddToRolesAsync(user, Roles.All);
            }
        }
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Fill)))))
            .Distinct()
            .ToList();
        Assert.NotEmpty(endpoints);

        var client = factory.CreateClientAs("allroles");
        var failures = new List<string>();
        foreach (var url in endpoints)
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
            if (response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"{url} -> {(int)response.StatusCode}");
        }
        Assert.Empty(failures);
    }

    static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => p.ParameterPolicies.Any(x => x.Content is "int" or "long") ? "1" : "x1",
        _ => "",
    };
}
