using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>Keyboard-only checks: what has focus, and whether a sighted keyboard user can see it.</summary>
public static class Focus
{
    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    // Focus ring contrast (WCAG 2.1 1.4.11): the outline colour against the background it is drawn on, that is
    // the nearest opaque ancestor background (or the element's own when the ring is drawn inside it).
    const string Script = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el), r = el.getBoundingClientRect();
          const rgba = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = c => [c.r, c.g, c.b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          let bg = { r: 255, g: 255, b: 255, a: 1 };
          for (let n = parseFloat(s.outlineOffset) < 0 ? el : el.parentElement; n; n = n.parentElement) {
            const c = rgba(getComputedStyle(n).backgroundColor); if (c && c.a > 0) { bg = c; break; }
          }
          const ring = rgba(s.outlineColor) || bg, hi = Math.max(lum(ring), lum(bg)), lo = Math.min(lum(ring), lum(bg));
          return {
            area: el.closest('nav[aria-label]')?.getAttribute('aria-label') ?? el.closest('header,main,footer')?.tagName.toLowerCase() ?? null,
            tag: el.tagName.toLowerCase(), id: el.id || null, href: el.getAttribute('href'), name: el.getAttribute('name'),
            text: (el.innerText || el.value || '').trim(),
            focusVisible: el.matches(':focus-visible'),
            outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
            ringContrast: Math.round((hi + 0.05) / (lo + 0.05) * 100) / 100,
            onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight
          };
        }
        """;

    public sealed class Element
    {
        /// <summary>Where the element sits: a navigation's aria-label ("栏目导航"), else header, main or footer.</summary>
        public string? Area { get; set; }
        public string Tag { get; set; } = "";
        public string? Id { get; set; }
        public string? Href { get; set; }
        public string? Name { get; set; }
        public string Text { get; set; } = "";
        public bool FocusVisible { get; set; }
        public string OutlineStyle { get; set; } = "";
        public double OutlineWidth { get; set; }
        public double RingContrast { get; set; }
        public bool OnScreen { get; set; }

        /// <summary>Shown inside the viewport with a focus ring of at least 2 px and 3:1 contrast against what surrounds it.</summary>
        public bool IsVisiblyFocused => FocusVisible && OutlineStyle != "none" && OutlineWidth >= 2 && RingContrast >= 3 && OnScreen;

        public override string ToString() => $"<{Tag}{(Id is null ? "" : $" id={Id}")}{(Href is null ? "" : $" href={Href}")}> {Text}";
    }

    public static async Task<Element?> CurrentAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement?>(Script);
        return json is { ValueKind: JsonValueKind.Object } e ? e.Deserialize<Element>(Json) : null;
    }

    /// <summary>Presses Tab (or Shift+Tab) and returns what took focus, checking the focus ring is visible.</summary>
    public static async Task<Element> TabAsync(IPage page, bool backwards = false)
    {
        await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        var focused = await CurrentAsync(page) ?? throw new Xunit.Sdk.XunitException("Tab left focus on the page body");
        Assert.True(focused.IsVisiblyFocused,
            $"Focus is not visible on {focused}: focus-visible={focused.FocusVisible}, outline={focused.OutlineStyle} {focused.OutlineWidth}px, ring contrast={focused.RingContrast}:1, on screen={focused.OnScreen}");
        return focused;
    }

    /// <summary>The element that has focus, as a locator (for Playwright's accessibility assertions).</summary>
    public static ILocator Focused(IPage page) => page.Locator("*:focus");

    /// <summary>Tab (or Shift+Tab), then checks the focus ring and that what took focus has this accessible name (what a screen reader announces).</summary>
    public static async Task<Element> TabAsync(IPage page, string accessibleName, bool backwards = false)
    {
        var focused = await TabAsync(page, backwards);
        await Assertions.Expect(Focused(page)).ToHaveAccessibleNameAsync(accessibleName);
        return focused;
    }

    /// <inheritdoc cref="TabAsync(IPage, string, bool)"/>
    public static async Task<Element> TabAsync(IPage page, Regex accessibleName, bool backwards = false)
    {
        var focused = await TabAsync(page, backwards);
        await Assertions.Expect(Focused(page)).ToHaveAccessibleNameAsync(accessibleName);
        return focused;
    }
}
