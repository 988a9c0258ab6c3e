using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenGov.Portal.Models;

/// <summary>
/// The fields of a form in the order people meet them, for the error summary at the top of a refused form
/// (Views/Shared/_ErrorSummary.cshtml): one link per message, to the field to correct, given as (model key,
/// element id); a radio group links to its first radio.
/// </summary>
public sealed class ErrorSummary(params (string Key, string FieldId)[] fields)
{
    public sealed record Entry(string FieldId, string Message);

    /// <summary>The field messages in form order, then any other field's; form-wide messages ("") are left to the validation summary.</summary>
    public IReadOnlyList<Entry> Collect(ModelStateDictionary state)
    {
        var known = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var ordered = fields.Select(f => (f.FieldId, Entry: state.TryGetValue(f.Key, out var s) ? s : null))
            .Concat(state.Where(s => s.Key.Length > 0 && !known.Contains(s.Key)).Select(s => (FieldId: s.Key, Entry: (ModelStateEntry?)s.Value)));
        return [.. ordered.SelectMany(f => (f.Entry?.Errors ?? []).Select(e => new Entry(f.FieldId, e.ErrorMessage)))
            .Where(e => e.Message.Length > 0).DistinctBy(e => (e.FieldId, e.Message))];
    }
}
