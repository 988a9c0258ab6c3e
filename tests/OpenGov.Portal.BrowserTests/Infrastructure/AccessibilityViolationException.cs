using Deque.AxeCore.Commons;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

public sealed class AccessibilityViolationException(string pageName, string url, IReadOnlyList<AxeResultItem> violations)
    : Exception($"Accessibility gate: {violations.Count} critical/serious WCAG 2.1 A/AA violation(s) on {pageName} ({url}){Environment.NewLine}"
        + Accessibility.Describe(violations))
{
    public IReadOnlyList<AxeResultItem> Violations { get; } = violations;
}
