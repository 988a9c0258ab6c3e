using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Resilience;

/// <summary>A transition the database drops in the middle of is rolled back whole, never half-applied.</summary>
public sealed class HalfDoneTransitionTests : IClassFixture<HalfDoneTransitionTests.FastRetryFactory>
{
    public sealed class FastRetryFactory : PortalFactory
    {
        public FastRetryFactory() => With("Database:MaxRetryDelayMilliseconds", "50").With("Publishing:Scheduler:Enabled", "false");
    }

    readonly FastRetryFactory factory;

    public HalfDoneTransitionTests(FastRetryFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_sign_off_the_database_drops_mid_transaction_answers_503_leaves_nothing_half_done_and_succeeds_once_after_recovery()
    {
        var publicationId = await factory.PublishAsync("签发中断测试", upTo: EditionStatus.Reviewed);
        var editionId = await factory.QueryAsync(db => db.Editions.Where(e => e.PublicationId == publicationId).Select(e => e.Id).SingleAsync());
        var issuedBefore = await factory.IndexNumbersIssuedAsync();
        var auditBefore = await factory.QueryAsync(db => db.AuditRecords.CountAsync());
        var leader = factory.CreateClientAs("leader");

        // Every attempt (the first and each retry) loses its connection after the edition update and the counter increment.
        await factory.KillConnectionOnAuditAsync("edition.publish", times: 1000);
        HttpResponseMessage response;
        try
        {
            response = await leader.SignOffAsync(editionId, "PublishNow");
        }
        finally
        {
            await factory.RemoveFaultsAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(await factory.FaultChecksAsync() > 1, "the transition was not retried");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("服务暂时不可用", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.DoesNotContain("   at ", html);

        var edition = await factory.EditionAsync(editionId);
        Assert.Equal(EditionStatus.Reviewed, edition.Status);
        Assert.Null(edition.Publication.PublishedAt);
        Assert.Null(edition.Publication.IndexNumber);
        Assert.Null(edition.Publication.LiveEditionId);
        Assert.Equal(issuedBefore, await factory.IndexNumbersIssuedAsync());
        Assert.Equal(auditBefore, await factory.QueryAsync(db => db.AuditRecords.CountAsync()));
        await factory.AssertAuditChainIntactAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync($"/items/{publicationId}")).StatusCode);

        // After recovery the same action goes through, exactly once.
        var retried = await leader.SignOffAsync(editionId, "PublishNow");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        edition = await factory.EditionAsync(editionId);
        Assert.Equal(EditionStatus.Published, edition.Status);
        Assert.Equal(issuedBefore + 1, await factory.IndexNumbersIssuedAsync());
        Assert.Equal(1, await factory.AuditCountAsync("edition.publish", editionId));
        Assert.Equal(auditBefore + 1, await factory.QueryAsync(db => db.AuditRecords.CountAsync()));
        await factory.AssertAuditChainIntactAsync();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAnonymousClient().GetAsync($"/items/{publicationId}")).StatusCode);

    }
}
