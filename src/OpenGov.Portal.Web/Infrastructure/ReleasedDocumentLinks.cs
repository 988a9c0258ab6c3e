using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Download links for documents released to an applicant: an encrypted, time-limited token naming the
/// application and the document, handed out only on the tracking page (so the code never appears in a URL).
/// </summary>
public sealed class ReleasedDocumentLinks(IDataProtectionProvider provider, TimeProvider clock)
{
    static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    readonly ITimeLimitedDataProtector protector = provider.CreateProtector("OpenGov.Portal.ReleasedDocuments").ToTimeLimitedDataProtector();

    public string TokenFor(int applicationId, int documentId) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{applicationId}:{documentId}"), clock.GetUtcNow().Add(Lifetime));

    public bool TryRead(string? token, out int applicationId, out int documentId)
    {
        applicationId = documentId = 0;
        if (string.IsNullOrEmpty(token) || token.Length > 1000) return false;
        try
        {
            var text = protector.Unprotect(token, out var expires);
            if (expires < clock.GetUtcNow()) return false;
            var parts = text.Split(':');
            return parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out applicationId)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out documentId);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
