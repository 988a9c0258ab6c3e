namespace OpenGov.Portal.Domain.Publishing;

/// <summary>公开方式: 主动公开 or 依申请公开.</summary>
public enum DisclosureMode
{
    Proactive,
    OnApplication,
}
