using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;
using OpenGov.Portal.Models.Api;

namespace OpenGov.Portal.Controllers;

/// <summary>Friendly status pages in the site layout. They never show exception text.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status([FromRoute] int code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is not null && DatabaseUnavailableMiddleware.IsDatabaseUnavailable(exception)) code = 503;
        else if (exception is BadHttpRequestException bad) code = bad.StatusCode;
        if (code is < 400 or > 599) code = 404;
        Response.StatusCode = code;
        if (code == 503) Response.Headers.RetryAfter = "30";

        // The open-data API answers in JSON, errors included.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original is not null && original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            return new JsonResult(new ApiErrorBody(new ApiError(code, code == 404 ? "not_found" : code >= 500 ? "server_error" : "bad_request",
                code >= 500 ? "服务暂时无法处理请求,请稍后再试" : "请求无效")), ApiJson.Options) { StatusCode = code };

        var page = code switch
        {
            404 => new ErrorPage(code, Ui.T("页面未找到"), "您访问的页面不存在或已被删除。请检查网址,或从首页、站内搜索查找所需信息。"),
            410 => new ErrorPage(code, "该信息已撤销", "该信息已被撤销发布,不再提供。"),
            400 => new ErrorPage(code, "请求无效", "请求的格式不正确,请检查后重试。"),
            403 => new ErrorPage(code, "无权访问", "您没有访问该页面的权限。"),
            405 => new ErrorPage(code, "请求方式不被支持", "该页面不支持此种请求方式。"),
            409 => new ErrorPage(code, "操作冲突", "该信息已被他人处理,请刷新后重试。"),
            413 => new ErrorPage(code, "提交内容过大", "提交的内容超过了允许的大小。"),
            429 => new ErrorPage(code, "请求过于频繁", "您的操作过于频繁,请稍后再试。"),
            503 => new ErrorPage(code, Ui.T("服务暂时不可用"), "网站正在维护或暂时无法访问数据,请稍后再试。"),
            _ => new ErrorPage(code, Ui.T("出错了"), "服务器暂时无法处理您的请求,请稍后再试。"),
        };
        return View("Status", page);
    }
}
