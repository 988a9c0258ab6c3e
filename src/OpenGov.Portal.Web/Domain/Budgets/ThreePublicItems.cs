namespace OpenGov.Portal.Domain.Budgets;

/// <summary>
/// The fixed rows of the "三公"经费 table. 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费;
/// the total = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费.
/// </summary>
public static class ThreePublicItems
{
    public const string TravelAbroad = "因公出国(境)费";
    public const string Vehicles = "公务用车购置及运行费";
    public const string VehiclePurchase = "公务用车购置费";
    public const string VehicleOperation = "公务用车运行费";
    public const string Reception = "公务接待费";

    public static IReadOnlyList<string> All { get; } = [TravelAbroad, Vehicles, VehiclePurchase, VehicleOperation, Reception];

    /// <summary>Rows shown indented as “其中”.</summary>
    public static bool IsSubItem(string name) => name is VehiclePurchase or VehicleOperation;

    /// <summary>Accepts full-width brackets and a leading “其中:”.</summary>
    public static string Canonical(string name)
    {
        var n = name.Trim().Replace('\uFF08', '(').Replace('\uFF09', ')').Replace('\uFF1A', ':');
        if (n.StartsWith("其中:", StringComparison.Ordinal)) n = n[3..].Trim();
        return n;
    }
}
