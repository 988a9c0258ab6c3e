using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Refuses a public participation form larger than Participation:MaxSubmissionBytes (much less than the
/// site-wide body limit): 413 with the styled "提交内容过大" page. Binary bodies (NUL, invalid UTF-8) are
/// refused before routing by <see cref="RequestTextGuard"/>; control characters fail validation.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class SubmissionLimitAttribute : Attribute, IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var max = http.RequestServices.GetRequiredService<IOptions<ParticipationOptions>>().Value.MaxSubmissionBytes;
        if (http.Request.ContentLength > max) context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
