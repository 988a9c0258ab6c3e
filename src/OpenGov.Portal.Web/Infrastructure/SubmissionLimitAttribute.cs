using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Refuses a public form submission larger than Participation:MaxSubmissionBytes before the form is read:
/// 413 with the styled "提交内容过大" page. Chunked bodies are capped through the server's body-size limit.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class SubmissionLimitAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
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
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
