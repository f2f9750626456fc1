using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>Waiting for the page that a click or a key press navigates to.</summary>
internal static class PageNavigation
{
    /// <summary>
    /// Waits until <paramref name="page"/> is at a URL that <paramref name="url"/> matches and that document has loaded.
    /// </summary>
    /// <remarks>
    /// Playwright's <c>WaitForURLAsync</c> checks the URL and then starts waiting for a navigation; in the .NET client
    /// a navigation that commits between the two is missed. Seen in CI and on the loaded machine: the keyboard test's
    /// page was requested, committed and loaded within 0.2 s of the key press, and the wait ran into its 30 s (and
    /// then 90 s) limit with the page at the expected URL. Here the URL is polled (a web-first assertion), then the
    /// document at that URL is polled until it has loaded. <c>WaitForLoadStateAsync</c> raced the same way: in a CI run
    /// the page at the new URL reached network idle, so it had loaded, and the wait for its load event ran into its 30 s
    /// limit; the document's own <c>readyState</c>, asked in the page, cannot be missed.
    /// </remarks>
    public static async Task WaitForPageAsync(this IPage page, Regex url, float timeoutMilliseconds = 30_000)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = timeoutMilliseconds });
        await page.WaitForFunctionAsync(
            "pattern => new RegExp(pattern).test(location.href) && document.readyState === 'complete'",
            url.ToString(),
            new PageWaitForFunctionOptions { Timeout = timeoutMilliseconds, PollingInterval = 50 });
    }
}
