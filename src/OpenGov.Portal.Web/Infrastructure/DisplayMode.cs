namespace OpenGov.Portal.Infrastructure;

/// <summary>The large-text / high-contrast reading mode, chosen with a plain link (no JavaScript) and kept in a cookie.</summary>
public static class DisplayMode
{
    public const string CookieName = "og.display";
    public const string Large = "large";
    public const string Standard = "standard";

    public static bool IsLarge(HttpContext http) => http.Request.Cookies[CookieName] == Large;

    public static string Of(HttpContext http) => IsLarge(http) ? Large : Standard;
}
