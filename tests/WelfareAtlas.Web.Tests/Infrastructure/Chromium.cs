using Microsoft.Playwright;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright never downloads a browser here: it launches the
/// system's <c>/usr/bin/chromium</c> (or <c>ATLAS_CHROMIUM</c>) with flags that keep it off the network.
/// </summary>
/// <remarks>
/// Without Chromium a browser test is skipped with the reason, except under CI (<c>CI=true</c>), where a
/// missing browser fails the test: CI installs it, so its absence is a broken build, not a reason to skip.
/// </remarks>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("ATLAS_CHROMIUM") ?? "/usr/bin/chromium";

    public IBrowser? Browser { get; private set; }

    /// <summary>Where tests keep their screenshots: <c>artifacts/screenshots</c> in the repository (git-ignored).</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(RepositoryFiles.Path("artifacts", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", // root in CI has no user namespace sandbox
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
            ],
        });
    }

    /// <summary>The browser, or a skip (locally) / failure (CI) saying why there is none.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        string reason = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium, or set ATLAS_CHROMIUM).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI must run the browser tests.");
        }

        Assert.Skip(reason);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
