using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Guards a public form submission before anything reads it (it runs ahead of the antiforgery check):
/// larger than Participation:MaxSubmissionBytes → 413 with the styled "提交内容过大" page (chunked bodies are
/// capped through the server's body-size limit); a body the form reader refuses (binary: NUL bytes) → 400
/// with a page that says so in Chinese, instead of a bare "bad request".
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class SubmissionLimitAttribute : Attribute, IAsyncAuthorizationFilter
{
    public const string RefusedView = "~/Views/Shared/RefusedSubmission.cshtml";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var max = http.RequestServices.GetRequiredService<IOptions<ParticipationOptions>>().Value.MaxSubmissionBytes;
        if (http.Request.ContentLength > max)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = max;
        if (!http.Request.HasFormContentType) return;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            context.Result = Refused(context, StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }

    static ViewResult Refused(AuthorizationFilterContext context, int status) => new()
    {
        ViewName = RefusedView,
        StatusCode = status,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), context.ModelState),
    };
}
