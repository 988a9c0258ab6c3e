namespace OpenGov.Portal.Domain.Participation;

/// <summary>How the applicant wants to receive it (获取信息的方式).</summary>
public enum DeliveryMethod
{
    Post,
    Collect,
    Email,
}
