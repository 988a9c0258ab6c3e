namespace OpenGov.Portal.Areas.Admin.Models;

public enum SignOffDecision
{
    PublishNow,
    Schedule,
    Return,
}
