using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>
/// The accessibility gate: axe-core restricted to the WCAG 2.1 A and AA rules; any critical or serious
/// violation fails. Moderate and minor findings and best-practice rules do not block.
/// </summary>
public static class Accessibility
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    public static readonly IReadOnlyList<string> BlockingImpacts = ["critical", "serious"];

    public static async Task<IReadOnlyList<AxeResultItem>> BlockingViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        return [.. result.Violations.Where(v => BlockingImpacts.Contains(v.Impact))];
    }

    public static async Task AssertAccessibleAsync(IPage page, string pageName)
    {
        var violations = await BlockingViolationsAsync(page);
        if (violations.Count > 0) throw new AccessibilityViolationException(pageName, page.Url, violations);
    }

    /// <summary>One line per violation: rule id, impact, what it means, then the selector of every offending element.</summary>
    public static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join(Environment.NewLine, violations.Select(v =>
            $"- {v.Id} [{v.Impact}] {v.Help}: " + string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))));
}
