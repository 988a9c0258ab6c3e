using System.Globalization;

namespace OpenGov.Portal.Domain.Budgets;

/// <summary>Amounts in 万元 with two decimals: parsing of cells and the one display format.</summary>
public static class Money
{
    public const decimal Max = 9_999_999_999_999_999.99m;

    /// <summary>Thousands separators, two decimals: 1,234.50.</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Plain, for CSV and forms: 1234.50.</summary>
    public static string Plain(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a cell: blank is 0; thousands separators are allowed; more than two decimals or anything
    /// that is not a number is refused with a sentence for the person.
    /// </summary>
    public static bool TryParse(string? text, out decimal amount, out string? error)
    {
        amount = 0;
        error = null;
        var t = (text ?? "").Trim().Replace(",", "").Replace("，", "");
        if (t.Length == 0) return true;
        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value))
        {
            error = $"“{Shorten(text!)}”不是有效的金额,请填写数字(单位:万元)";
            return false;
        }
        if (Math.Abs(value) > Max)
        {
            error = $"金额“{Shorten(text!)}”过大";
            return false;
        }
        // Spreadsheet numbers are binary doubles (0.1 + 0.2 = 0.30000000000000004): round away float noise first.
        var rounded = Math.Round(value, 6);
        if (Math.Round(rounded, 2) != rounded)
        {
            error = $"金额“{Shorten(text!)}”最多保留两位小数";
            return false;
        }
        amount = Math.Round(rounded, 2);
        return true;
    }

    static string Shorten(string s) => s.Length > 30 ? s[..30] + "…" : s;
}
