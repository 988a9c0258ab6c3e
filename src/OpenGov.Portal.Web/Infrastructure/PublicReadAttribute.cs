namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Marks a controller whose GET and HEAD actions only read published content. When
/// <c>ConnectionStrings:PortalReadOnly</c> is set (a streaming read replica), those requests query it
/// instead of the primary; everything else (back office, sign-in, citizens' letters, applications and
/// surveys, and every POST) stays on the primary, so a citizen always reads back what they just wrote.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicReadAttribute : Attribute
{
    /// <summary>True when the request is a GET or HEAD routed to a <see cref="PublicReadAttribute"/> controller.</summary>
    public static bool Applies(HttpContext? context) =>
        context is not null
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<PublicReadAttribute>() is not null;
}
