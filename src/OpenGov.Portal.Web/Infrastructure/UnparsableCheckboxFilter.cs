using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// A form re-displayed after a checkbox was posted with something that is not a boolean ("-1", "abc")
/// would crash: the checkbox tag helper converts the attempted value back to bool and throws. The
/// binding error stays (the page shows it); only the unusable attempted value is dropped.
/// </summary>
public sealed class UnparsableCheckboxFilter(IModelMetadataProvider metadata) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not ViewResult view || context.ModelState.IsValid) return;
        var model = view.ViewData.ModelMetadata;
        foreach (var (key, entry) in context.ModelState.ToList())
        {
            if (entry is null || entry.ValidationState != ModelValidationState.Invalid || entry.RawValue is null) continue;
            var values = entry.RawValue as string?[] ?? [Convert.ToString(entry.RawValue, System.Globalization.CultureInfo.InvariantCulture)];
            if (values.All(v => v is null || bool.TryParse(v, out _))) continue;
            if (TypeOf(key, model) != typeof(bool)) continue;
            context.ModelState.SetModelValue(key, rawValue: null, attemptedValue: null);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    /// <summary>The type of the property a ModelState key ("Form.Items[2].Flag") names, walking the view model's metadata.</summary>
    Type? TypeOf(string key, ModelMetadata? model)
    {
        var current = model ?? metadata.GetMetadataForType(typeof(object));
        foreach (var part in key.Split('.'))
        {
            var name = part;
            var index = name.IndexOf('[', StringComparison.Ordinal);
            if (index >= 0) name = name[..index];
            if (name.Length > 0) current = current.Properties[name];
            if (current is null) return null;
            if (index >= 0) current = current.ElementMetadata;
            if (current is null) return null;
        }
        return current.UnderlyingOrModelType;
    }
}
