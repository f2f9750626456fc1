using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Storage;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Indicators;

namespace WelfareAtlas.Benchmarks.Import;

/// <summary>
/// Generates a demo CSV of N rows, imports it with the real <c>atlas import</c> process under <c>/usr/bin/time -v</c>
/// (peak resident memory), and times DuckDB's own <c>read_csv</c> of the same file into a table in the same run.
/// The import runs with <c>--no-compute</c>: what is measured is reading, validating and committing the batch; the
/// compute run of the cells is measured by the <c>compute</c> command.
/// </summary>
/// <remarks>
/// Both are reported in wall-clock and in processor seconds (user + system: of this process around <c>read_csv</c>,
/// which DuckDB runs on threads of this process; of the <c>atlas</c> process from <c>/usr/bin/time</c>). On a machine
/// shared with other work the wall clock includes the time spent waiting for a core; processor time does not.
/// </remarks>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out long rows))
        {
            await Console.Error.WriteLineAsync("usage: import ROWS PATH/TO/atlas.dll [WORK_DIR]");
            return 2;
        }

        string atlas = Path.GetFullPath(args[1]);
        string work = args.Length > 2 ? Path.GetFullPath(args[2]) : Directory.CreateTempSubdirectory("atlas-bench-").FullName;
        Directory.CreateDirectory(work);
        string data = Path.Combine(work, "data");
        string csv = Path.Combine(work, "demo.csv");
        string mapping = Path.Combine(work, "demo.json");

        GeographyDataset geography = HelsinkiGeography.Load();
        Stopwatch clock = Stopwatch.StartNew();
        DemoCsv.Write(csv, rows, [.. geography.Areas.Where(a => a.Type == AreaType.SubDistrict).Select(a => a.Code.Value)]);
        await File.WriteAllTextAsync(mapping, DemoCsv.Mapping);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {rows:N0} rows, {new FileInfo(csv).Length / 1e6:0} MB, in {clock.Elapsed.TotalSeconds:0.0} s"));

        double duckCpu;
        (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(data, (source, token) => new AreaRepository(source).ReplaceAllAsync(geography, token), TimeProvider.System);
        await using (store)
        {
            Indicator chat = IndicatorCatalogue.Get("unemployed-jobseekers") with
            {
                Id = IndicatorId.Parse("chat-contacts"),
                Measure = Measure.Proportion,
                Multiplier = 1000,
                Synthetic = true,
            };
            await new IndicatorRepository(store.DataSource).UpsertAsync([chat]);
            await using DbConnection connection = await store.DataSource.OpenConnectionAsync();

            // DuckDB's own reader, the same file, the same machine, right before the import.
            clock.Restart();
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            await connection.ExecuteAsync("CREATE OR REPLACE TEMP TABLE bench AS SELECT * FROM read_csv($path, delim = ';', decimal_separator = ',', header = true)", new { path = csv });
            double duck = clock.Elapsed.TotalSeconds;
            duckCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb read_csv: {duck:0.0} s, {rows / duck:N0} rows/s, {duckCpu:0.0} s processor time"));
        }

        ProcessStartInfo start = new("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in (string[])["-v", "dotnet", atlas, "import", csv, "--mapping", mapping, "--data-dir", data, "--no-compute"])
        {
            start.ArgumentList.Add(argument);
        }

        clock.Restart();
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        double seconds = clock.Elapsed.TotalSeconds;
        string peak = TimeField(error, "Maximum resident set size (kbytes)") ?? "?";
        double cpu = double.Parse(TimeField(error, "User time (seconds)") ?? "0", CultureInfo.InvariantCulture)
            + double.Parse(TimeField(error, "System time (seconds)") ?? "0", CultureInfo.InvariantCulture);
        Console.WriteLine((await output).Trim());
        if (process.ExitCode != 0)
        {
            // atlas's own message; /usr/bin/time's report follows it on the same stream.
            Console.WriteLine(error[..Math.Max(0, error.IndexOf("\tCommand being timed", StringComparison.Ordinal))].Trim());
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"atlas import: exit {process.ExitCode}, {seconds:0.0} s, {rows / seconds:N0} rows/s, peak RSS {peak} kB, {cpu:0.0} s processor time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processor time of atlas import / read_csv: {cpu / duckCpu:0.0}"));
        return process.ExitCode;
    }

    /// <summary>The value of one line of <c>/usr/bin/time -v</c>'s report (<c>\tName: value</c>), or null.</summary>
    private static string? TimeField(string report, string name) =>
        report.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(name + ":", StringComparison.Ordinal))?.Split(": ")[^1].Trim();
}
