using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Lets an upload action accept the configured attachment size, and refuses a request that is
/// plainly larger before its body is read (the antiforgery check would otherwise read it first):
/// the person is sent back to the form with the size message instead of a bare 413.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadSizeLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart framing and the other form fields.</summary>
    public const long Overhead = 1024 * 1024;

    // Before the global antiforgery filter (order 1000), which reads the form.
    public int Order => 100;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        var allowed = options.MaxBytes + Overhead;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = allowed;
        if (http.Request.ContentLength is not { } length || length <= allowed) return;

        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData.Error(options.TooLargeMessage);
        tempData.Save(); // result filters, which normally save TempData, do not run after an authorization filter's result
        context.Result = new RedirectResult(http.Request.Path);
    }
}
