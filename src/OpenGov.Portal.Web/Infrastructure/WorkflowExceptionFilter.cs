using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// A refused workflow move or a stale write becomes a message for the person: HTML callers are sent
/// back with the sentence in TempData, others get 409 with the sentence.
/// </summary>
public sealed class WorkflowExceptionFilter(ITempDataDictionaryFactory tempDataFactory) : IExceptionFilter
{
    public const string StaleMessage = "该信息已被他人修改或处理,请刷新页面后重试";

    public void OnException(ExceptionContext context)
    {
        var message = context.Exception switch
        {
            WorkflowException w => w.Message,
            DbUpdateConcurrencyException => StaleMessage,
            _ => null,
        };
        if (message is null) return;

        var request = context.HttpContext.Request;
        var wantsHtml = request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        var referer = request.Headers.Referer.ToString();
        if (wantsHtml && Uri.TryCreate(referer, UriKind.Absolute, out var back) && back.Authority == request.Host.Value)
        {
            tempDataFactory.GetTempData(context.HttpContext).Error(message);
            context.Result = new RedirectResult(back.PathAndQuery);
        }
        else
        {
            context.Result = new ContentResult { StatusCode = StatusCodes.Status409Conflict, Content = message, ContentType = "text/plain; charset=utf-8" };
        }
        context.ExceptionHandled = true;
    }
}
