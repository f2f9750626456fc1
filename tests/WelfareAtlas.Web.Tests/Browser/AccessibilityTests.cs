using System.Text.Json;
using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>
/// axe-core (from npm) on every kind of page, in every language: no serious or critical violation of WCAG 2.1
/// A/AA rules. Minor and moderate findings are printed to the test output, not failed.
/// </summary>
public sealed class AccessibilityTests(LiveServer server, Chromium chromium) : IClassFixture<LiveServer>, IClassFixture<Chromium>
{
    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    [Theory]
    [InlineData("/fi")]
    [InlineData("/sv?type=major-district")]
    [InlineData("/en?type=district")]
    [InlineData("/fi?type=postal-area")]
    [InlineData("/en/areas/091")] // the city: children, no shape
    [InlineData("/sv/areas/0915000000")] // a major district
    [InlineData("/fi/areas/0915503000")] // a district
    [InlineData("/en/areas/0915503392")] // a sub-district, with overlapping postal areas
    [InlineData("/fi/areas/00100")] // a postal area, with overlapping sub-districts
    [InlineData("/en/areas/0919999999")] // the not-found page
    public async Task Page_HasNoSeriousOrCriticalViolations(string path)
    {
        IBrowser browser = chromium.Require();
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        if (await page.Locator("#area-map").CountAsync() > 0)
        {
            await page.WaitForSelectorAsync("#area-map.is-rendered svg");
        }

        AxeViolation[] violations = await RunAxeAsync(page);
        await page.CloseAsync();
        foreach (AxeViolation violation in violations)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{violation.Impact}: {violation.Id} ({violation.Nodes} nodes, e.g. {violation.Target}): {violation.Help}");
        }

        Assert.Empty(violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact} {v.Id} at {v.Target}: {v.Help}"));
    }

    [Fact]
    public async Task Harness_FindsAKnownViolation()
    {
        // An image without a text alternative is a critical violation (axe rule image-alt): if the harness
        // reports nothing here, the page tests above prove nothing.
        IBrowser browser = chromium.Require();
        IPage page = await browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><img src=\"data:,\"></main></body></html>");
        AxeViolation[] violations = await RunAxeAsync(page);
        await page.CloseAsync();
        Assert.Contains(violations, v => v.Id == "image-alt" && v.Impact == "critical");
    }

    internal static async Task<AxeViolation[]> RunAxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        string json = await page.EvaluateAsync<string>(
            """
            async () => {
              const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(results.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0].target.join(' ') })));
            }
            """);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonSerializerOptions.Web)!;
    }

    internal sealed record AxeViolation(string Id, string? Impact, string Help, int Nodes, string Target);
}
