using System.Text;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Reports;

/// <summary><c>atlas report</c> on a store made by <c>atlas init</c>: real HTML and PDF files, and clear errors for bad input.</summary>
public sealed class ReportCommandTests : IAsyncLifetime
{
    private const string Profile = "children-and-young-people";
    private const string Vuosaari = "0917704000";
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-report-test-");

    private string DataDirectory => Path.Combine(directory.FullName, "data");

    public async ValueTask InitializeAsync() =>
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory)).ExitCode);

    public ValueTask DisposeAsync()
    {
        directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Report_AreaAsHtml_WritesTheSwedishReportAndExitsZero()
    {
        string output = Path.Combine(directory.FullName, "out", "vuosaari.html");

        CliRun run = await CliRun.RunAsync(NoEnvironment, "report", "--data-dir", DataDirectory, "--profile", Profile, "--area", Vuosaari, "--lang", "sv", "--out", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(output, run.Output, StringComparison.Ordinal);
        string html = await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Nordsjö: ", html, StringComparison.Ordinal);
        Assert.Contains("@page { @bottom-center", html, StringComparison.Ordinal);
        Assert.Contains(">Metoder</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AreaAsPdf_WritesATaggedPdfWithAnOutline()
    {
        RequireChromium();
        string output = Path.Combine(directory.FullName, "vuosaari.pdf");

        CliRun run = await CliRun.RunAsync(NoEnvironment, "report", "--data-dir", DataDirectory, "--profile", Profile, "--area", Vuosaari, "--lang", "fi", "--out", output);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        byte[] pdf = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        string raw = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", raw, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", raw, StringComparison.Ordinal);
        Assert.Contains("/MarkInfo", raw, StringComparison.Ordinal);
        Assert.Contains("/Outlines", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12AB", ExitCodes.InvalidInput, "--area '12AB'")]            // not an area code at all
    [InlineData("0000000000", ExitCodes.NotFound, "no area with code '0000000000'")] // a well-formed code the store lacks
    public async Task Report_BadArea_SaysWhichAndExitsNonZero(string area, int exitCode, string message)
    {
        string output = Path.Combine(directory.FullName, "bad.html");

        CliRun run = await CliRun.RunAsync(NoEnvironment, "report", "--data-dir", DataDirectory, "--profile", Profile, "--area", area, "--out", output);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.StartsWith("atlas: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Report_UnknownProfileOrNoAreaOrBadExtension_AreClearErrors()
    {
        CliRun profile = await CliRun.RunAsync(NoEnvironment, "report", "--data-dir", DataDirectory, "--profile", "no-such-profile", "--area", Vuosaari, "--out", Path.Combine(directory.FullName, "a.html"));
        Assert.Equal(ExitCodes.NotFound, profile.ExitCode);
        Assert.Contains("no profile 'no-such-profile'", profile.Error, StringComparison.Ordinal);

        CliRun neither = await CliRun.RunAsync(NoEnvironment, "report", "--data-dir", DataDirectory, "--profile", Profile, "--out", Path.Combine(directory.FullName, "a.html"));
        Assert.Equal(ExitCodes.InvalidInput, neither.ExitCode);
        Assert.Contains("give either --area CODE or --city", neither.Error, StringComparison.Ordinal);

        CliRun extension = await CliRun.RunAsync(NoEnvironment, "report", "--data-dir", DataDirectory, "--profile", Profile, "--area", Vuosaari, "--out", Path.Combine(directory.FullName, "a.docx"));
        Assert.Equal(ExitCodes.InvalidInput, extension.ExitCode);
        Assert.Contains("must end in .pdf or .html", extension.Error, StringComparison.Ordinal);
    }

    private static void RequireChromium()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"CI must print PDFs, but {chromium} is missing.");
            Assert.Skip($"{chromium} is missing: the PDF cannot be printed here.");
        }
    }
}
