namespace OpenGov.Portal.Domain.Publishing;

/// <summary>有效性 of a catalogue entry.</summary>
public enum Validity
{
    Valid,
    Amended,
    Repealed,
}
