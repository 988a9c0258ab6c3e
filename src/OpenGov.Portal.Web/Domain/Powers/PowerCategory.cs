namespace OpenGov.Portal.Domain.Powers;

/// <summary>The kinds of administrative power in a 权力清单 (names in <see cref="PowerCategories"/>).</summary>
public enum PowerCategory
{
    Licensing,
    Penalty,
    Enforcement,
    Levy,
    Benefit,
    Inspection,
    Confirmation,
    Reward,
    Adjudication,
    Other,
}
