using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using OpenGov.Portal.Domain.Budgets.Import;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Refuses an upload larger than the budget file limit before anything reads the form (it runs before
/// the antiforgery check, which would otherwise buffer the whole body). The body is read and discarded
/// up to <see cref="DrainLimit"/> so a browser gets the answer instead of a reset connection; the person
/// is sent back to the form with a message.
/// </summary>
public sealed class BudgetUploadLimitFilter(ITempDataDictionaryFactory tempData, ILogger<BudgetUploadLimitFilter> log) : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The file limit plus room for the other form fields and multipart framing.</summary>
    public const long RequestLimit = BudgetFileReader.MaxBytes + 64 * 1024;
    public const long DrainLimit = 100L * 1024 * 1024;

    /// <summary>After [Authorize] (order 0) so strangers cannot make us read their bodies; before the request size limit (900) and antiforgery (1000).</summary>
    public const int FilterOrder = 500;

    public int Order => FilterOrder;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength is not { } length || length <= RequestLimit) return;

        log.LogWarning("Budget upload of {Length} bytes refused for {Path}", length, request.Path.Value);
        if (length <= DrainLimit)
        {
            var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = DrainLimit;
            try { await request.Body.CopyToAsync(Stream.Null, context.HttpContext.RequestAborted); }
            catch (Exception ex) when (ex is IOException or BadHttpRequestException or OperationCanceledException) { /* the client gave up; nothing to answer */ }
        }
        var flash = tempData.GetTempData(context.HttpContext);
        flash.Error($"上传的文件过大(约 {FileSize.Format(length)}),超过 {BudgetFileReader.MaxBytes / 1024 / 1024} MB 的上限,未导入任何数据。请删除多余内容或拆分后再上传");
        // Result filters (which normally save TempData) do not run after an authorization filter answers.
        flash.Save();
        if (length > DrainLimit) context.HttpContext.Response.Headers.Connection = "close";
        context.Result = new RedirectResult(request.Path.Value ?? "/admin/budgets");
    }
}
