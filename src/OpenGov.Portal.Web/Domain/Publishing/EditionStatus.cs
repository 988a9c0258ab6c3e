namespace OpenGov.Portal.Domain.Publishing;

public enum EditionStatus
{
    Draft,
    Submitted,
    Reviewed,
    Scheduled,
    Published,
    Returned,
    Classified,
    Withdrawn,
    Superseded,
}
