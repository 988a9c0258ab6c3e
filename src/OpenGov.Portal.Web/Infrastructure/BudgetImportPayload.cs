using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Carries a previewed import from the preview page to the confirm action without keeping server state:
/// the parsed tables, the edition and the person, signed and encrypted, valid for two hours.
/// </summary>
public sealed class BudgetImportPayload(IDataProtectionProvider provider)
{
    public sealed record Content(int EditionId, string UserId, string FileName, List<Table> Tables);

    public sealed record Table(BudgetTableKind Kind, List<BudgetRow> Rows);

    readonly ITimeLimitedDataProtector protector = provider.CreateProtector("OpenGov.Budgets.ImportPreview").ToTimeLimitedDataProtector();

    public string Protect(Content content) =>
        protector.Protect(JsonSerializer.Serialize(content), TimeSpan.FromHours(2));

    public Content? Unprotect(string? payload)
    {
        if (string.IsNullOrEmpty(payload)) return null;
        try { return JsonSerializer.Deserialize<Content>(protector.Unprotect(payload)); }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException) { return null; }
    }
}
