using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using WelfareAtlas.Benchmarks.Profiles;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Localisation;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Reports;

namespace WelfareAtlas.Benchmarks.Reports;

/// <summary>
/// <c>report [RUNS] [PROFILE] [DATA_DIR]</c>: renders the city-wide report (all 34 districts) of a copy of the Helsinki demo store (or of DATA_DIR's store)
/// to PDF, as <c>atlas report --city</c> and <c>/fi/profiles/{profile}/report.pdf</c> do, and times each stage with a
/// stopwatch: reading the cells, writing the HTML, printing with Chromium. The target is under 60 s for the whole.
/// A run takes seconds, too long for BenchmarkDotNet's in-process job, so this measures the same calls without it.
/// </summary>
internal static class CityReportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        string profileId = args.Length > 1 ? args[1] : "children-and-young-people";
        string directory = args.Length > 2 ? DemoStore.CopyOf(args[2]) : await DemoStore.CopyAsync();
        try
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(directory, TimeProvider.System);
            AtlasCatalogue catalogue = await AtlasCatalogue.LoadAsync(store);
            CellAvailabilityCache availability = new(store.DataSource);
            CellSnapshot snapshot = new(store.DataSource);
            AreaProfileService profiles = new(catalogue, availability, snapshot);
            ReportService reports = new(store, catalogue, profiles, new IndicatorDataService(store, catalogue, profiles, availability, snapshot), TimeProvider.System);
            using PdfPrinter printer = new(Options.Create(new ReportOptions()));
            List<double> totals = [];
            for (int i = 0; i < runs; i++)
            {
                Stopwatch clock = Stopwatch.StartNew();
                CityReport report = (await reports.CityAsync(profileId, Language.Finnish, Audience.Public))!;
                TimeSpan read = clock.Elapsed;
                string html = ReportHtml.Write(report, Language.Finnish, forPdf: true);
                TimeSpan written = clock.Elapsed;
                byte[] pdf = await printer.PrintAsync(html, "Sivu");
                clock.Stop();
                totals.Add(clock.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {i + 1}: {clock.Elapsed.TotalSeconds:0.00} s (cells {read.TotalSeconds:0.00} s, HTML {(written - read).TotalSeconds:0.00} s, {html.Length / 1024} KiB; PDF {(clock.Elapsed - written).TotalSeconds:0.00} s, {pdf.Length / 1024} KiB), load {LoadAverage()}"));
            }

            totals.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs: min {totals[0]:0.00} s, median {totals[totals.Count / 2]:0.00} s, max {totals[^1]:0.00} s"));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
