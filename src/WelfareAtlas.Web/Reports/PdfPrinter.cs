using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>How many reports Chromium prints at once (each page takes a hundred MB or more); further requests wait their turn.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;
}

/// <summary>
/// Prints a report's HTML to PDF with headless Chromium through Playwright: A4, the document's own CSS page size and
/// margins, background colours, page numbers in Chromium's footer template, and a tagged PDF with an outline built
/// from the headings, so screen readers and the PDF's bookmarks follow the report's structure.
/// </summary>
/// <remarks>
/// <para>One Chromium is started on the first print and kept for the next ones, each in a fresh offline context of its
/// own (no network: the HTML is self-contained; no sandbox: root in containers has no user namespace); it is started
/// again when it has gone (on the demo server an area report took about 4 s printed by a Chromium started for it, 2.5 s
/// by the running one).</para>
/// <para>The PDFs of the last <see cref="KeptPdfs"/> distinct documents are kept by the SHA-256 of the HTML and the
/// footer: a report's HTML is a function of the compute run, the audience, the language and the day, so the same HTML
/// prints the same PDF, and a second request for it is answered at once.</para>
/// <para>A missing browser is a <see cref="ReportPrinterException"/> naming the path, not a crash.</para>
/// </remarks>
/// <param name="options">Where Chromium is.</param>
public sealed class PdfPrinter(IOptions<ReportOptions> options) : IDisposable, IAsyncDisposable
{
    /// <summary>How many finished PDFs are kept (a city report's is about 3 MB).</summary>
    public const int KeptPdfs = 32;

    // The PDF endpoints are public: without a bound, a burst of requests would open a page each.
    private readonly SemaphoreSlim printing = new(Math.Max(1, options.Value.MaxConcurrentPrints));
    private readonly SemaphoreSlim starting = new(1);
    private readonly ConcurrentDictionary<string, (long Used, byte[] Pdf)> kept = new(StringComparer.Ordinal);
    private long uses;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The media type of a PDF.</summary>
    public const string MediaType = "application/pdf";

    /// <summary>The PDF of <paramref name="html"/>; <paramref name="footerLabel"/> ("Page", "Sivu") goes before the page number.</summary>
    /// <exception cref="ReportPrinterException">Chromium is missing or fails; the message says which and where.</exception>
    public async Task<byte[]> PrintAsync(string html, string footerLabel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(footerLabel + "\n" + html)));
        if (kept.TryGetValue(key, out (long Used, byte[] Pdf) found))
        {
            kept[key] = (Interlocked.Increment(ref uses), found.Pdf);
            return found.Pdf;
        }

        string chromium = options.Value.ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new ReportPrinterException($"Chromium is not installed at {chromium}; install it (apt-get install chromium) or set {ReportOptions.Section}:ChromiumPath or {ReportOptions.ChromiumVariable}.");
        }

        await printing.WaitAsync(cancellationToken);
        try
        {
            IBrowser running = await BrowserAsync(chromium, cancellationToken);
            await using IBrowserContext context = await running.NewContextAsync(new BrowserNewContextOptions { Offline = true });
            IPage page = await context.NewPageAsync();
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            cancellationToken.ThrowIfCancellationRequested();
            byte[] pdf = await page.PdfAsync(new PagePdfOptions
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
            Keep(key, pdf);
            return pdf;
        }
        catch (PlaywrightException exception)
        {
            throw new ReportPrinterException($"Chromium at {chromium} could not print the report: {exception.Message}", exception);
        }
        finally
        {
            printing.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser = null;
        }

        playwright?.Dispose();
        playwright = null;
        printing.Dispose();
        starting.Dispose();
    }

    /// <summary>The running Chromium, started on first use and again when it has gone (crashed or killed).</summary>
    private async Task<IBrowser> BrowserAsync(string chromium, CancellationToken cancellationToken)
    {
        await starting.WaitAsync(cancellationToken);
        try
        {
            if (browser is { IsConnected: true } running)
            {
                return running;
            }

            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
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
            return browser;
        }
        finally
        {
            starting.Release();
        }
    }

    /// <summary>Keeps <paramref name="pdf"/>, letting go of the least recently used when <see cref="KeptPdfs"/> are kept.</summary>
    private void Keep(string key, byte[] pdf)
    {
        kept[key] = (Interlocked.Increment(ref uses), pdf);
        while (kept.Count > KeptPdfs)
        {
            string oldest = kept.MinBy(entry => entry.Value.Used).Key;
            kept.TryRemove(oldest, out _);
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
