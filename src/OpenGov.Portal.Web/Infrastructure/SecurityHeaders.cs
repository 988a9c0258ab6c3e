namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Response headers every page gets. The CSP allows no inline script or style: scripts and styles
/// are files under wwwroot, SVG uses presentation attributes.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            // A response that set a stricter policy of its own (the flowchart download) keeps it.
            if (string.IsNullOrEmpty(h.ContentSecurityPolicy)) h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.Path.StartsWithSegments("/admin")) h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
