using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// 403 for an administrator, whatever other roles the account holds (DESIGN.md: administrators never
/// read the audit log). User administration already keeps the two roles apart (三员分立); this holds
/// even for an account changed outside it. An action filter, so the antiforgery check still comes first.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NotForAdministratorsAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.HttpContext.User.IsInRole(Roles.Administrator)) context.Result = new ForbidResult();
    }
}
