namespace OpenGov.Portal.Domain.Participation;

public enum IdDocumentType
{
    ResidentIdCard,
    Passport,
    HongKongMacauPermit,
    TaiwanPermit,
    Other,
}
