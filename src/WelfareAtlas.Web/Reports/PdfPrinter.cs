using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace WelfareAtlas.Web.Reports;

/// <summary>Where the PDF printer finds Chromium: the <c>Reports</c> section of the configuration.</summary>
public sealed class ReportOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reports";

    /// <summary>The environment variable that names Chromium when the configuration does not.</summary>
    public const string ChromiumVariable = "ATLAS_CHROMIUM";

    /// <summary>The Chromium (or Chrome) executable; Debian's <c>/usr/bin/chromium</c> by default. Playwright never downloads a browser.</summary>
    public string ChromiumPath { get; set; } = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>How many Chromium processes print at once (each takes a few hundred MB); further requests wait their turn.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;
}

/// <summary>
/// Prints a report's HTML to PDF with headless Chromium through Playwright: A4, the document's own CSS page size and
/// margins, background colours, page numbers in Chromium's footer template, and a tagged PDF with an outline built
/// from the headings, so screen readers and the PDF's bookmarks follow the report's structure.
/// </summary>
/// <remarks>
/// Chromium runs with no network (the HTML is self-contained), no sandbox (root in containers has no user namespace),
/// and a fresh profile directory that is deleted afterwards. A missing browser is a <see cref="ReportPrinterException"/>
/// naming the path, not a crash.
/// </remarks>
/// <param name="options">Where Chromium is.</param>
public sealed class PdfPrinter(IOptions<ReportOptions> options) : IDisposable
{
    // The PDF endpoints are public: without a bound, a burst of requests would start a browser each.
    private readonly SemaphoreSlim printing = new(Math.Max(1, options.Value.MaxConcurrentPrints));

    /// <inheritdoc/>
    public void Dispose() => printing.Dispose();

    /// <summary>The media type of a PDF.</summary>
    public const string MediaType = "application/pdf";

    /// <summary>The PDF of <paramref name="html"/>; <paramref name="footerLabel"/> ("Page", "Sivu") goes before the page number.</summary>
    /// <exception cref="ReportPrinterException">Chromium is missing or fails; the message says which and where.</exception>
    public async Task<byte[]> PrintAsync(string html, string footerLabel, CancellationToken cancellationToken = default)
    {
        string chromium = options.Value.ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new ReportPrinterException($"Chromium is not installed at {chromium}; install it (apt-get install chromium) or set {ReportOptions.Section}:ChromiumPath or {ReportOptions.ChromiumVariable}.");
        }

        await printing.WaitAsync(cancellationToken);
        DirectoryInfo profile = Directory.CreateTempSubdirectory("atlas-pdf-");
        try
        {
            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowserContext context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Offline = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            });
            IPage page = await context.NewPageAsync();
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            cancellationToken.ThrowIfCancellationRequested();
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PreferCSSPageSize = true,
                PrintBackground = true,
                Tagged = true,
                Outline = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = $"""<div style="font-size:8px;width:100%;text-align:center;font-family:system-ui,sans-serif">{System.Net.WebUtility.HtmlEncode(footerLabel)} <span class="pageNumber"></span> / <span class="totalPages"></span></div>""",
            });
        }
        catch (PlaywrightException exception)
        {
            throw new ReportPrinterException($"Chromium at {chromium} could not print the report: {exception.Message}", exception);
        }
        finally
        {
            printing.Release();
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be letting go of its profile; the temporary directory is cleaned by the system.
            }
        }
    }
}

/// <summary>The PDF printer could not print: Chromium is missing or failed.</summary>
public sealed class ReportPrinterException : Exception
{
    /// <summary>A failure with its explanation.</summary>
    public ReportPrinterException(string message)
        : base(message)
    {
    }

    /// <summary>A failure with its explanation and cause.</summary>
    public ReportPrinterException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>An unexplained failure.</summary>
    public ReportPrinterException()
    {
    }
}
