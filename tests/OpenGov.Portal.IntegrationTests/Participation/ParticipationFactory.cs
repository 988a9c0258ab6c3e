using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

/// <summary>The portal with the public rate limits raised, so a test class can post as often as it needs from one address.</summary>
public class ParticipationFactory : PortalFactory
{
    public ParticipationFactory()
    {
        With("Participation:RateLimit:SubmitPermitLimit", "100000");
        With("Participation:RateLimit:LookupPermitLimit", "100000");
    }
}
