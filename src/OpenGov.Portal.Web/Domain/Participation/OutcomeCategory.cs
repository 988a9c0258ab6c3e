namespace OpenGov.Portal.Domain.Participation;

/// <summary>The outcome groups (三、(一)–(六)) of the national annual-report template's application table.</summary>
public enum OutcomeCategory
{
    Disclosed,
    PartiallyDisclosed,
    Refused,
    UnableToProvide,
    NotProcessed,
    OtherHandling,
}
