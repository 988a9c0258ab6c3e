using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>
/// Where an author works on an edition. Kinds whose every document is made by an editor of its own
/// (budgets, power items, surveys) link there; everything else opens the generic drafting pages.
/// </summary>
public static class EditorLinks
{
    static readonly Dictionary<PublicationKind, string> Editors = new()
    {
        [PublicationKind.Budget] = "/admin/budgets/editions/{0}",
        [PublicationKind.Power] = "/admin/powers/{0}",
        [PublicationKind.Survey] = "/admin/surveys/{0}",
    };

    public static string For(PublicationKind kind, int editionId) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Editors.GetValueOrDefault(kind, "/admin/editions/{0}"), editionId);

    /// <summary>The page to change the edition's content: the generic form, the kind's own editor, or none here.</summary>
    public static string? EditFor(PublicationKind kind, int editionId) =>
        EditionForm.DraftableKinds.Contains(kind) ? $"/admin/editions/{editionId}/edit"
        : Editors.ContainsKey(kind) ? For(kind, editionId)
        : null;
}
