using System.Diagnostics;
using System.Globalization;
using System.Text;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Disclosure;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Web.Importing;
using WelfareAtlas.Benchmarks.Profiles;

namespace WelfareAtlas.Benchmarks.Disclosure;

/// <summary>
/// <c>disclosure [RUNS] [DUMP_FILE|-] [national [SEED [INDICATOR,…]]]</c>: <see cref="DisclosureControl.Protect(Indicator, IReadOnlyList{Observation}, IReadOnlyList{Area}, IReadOnlyList{CrosswalkShare}, Audience)"/>
/// for analysts (then <see cref="DisclosureControl.ForPublic(ProtectedTable)"/>) of every indicator of a copy of the Helsinki demo
/// store (or of the national demo store), with the observations the compute run gives it (the current ones and the
/// totals it sums from breakdowns), one indicator after another on one thread, each timed by the process's processor
/// time. With DUMP_FILE it writes every protected table (each cell's state and reason, the audit's ranges, failures,
/// components, the relations) there when the file is missing, and compares with it otherwise: the check that a faster
/// disclosure control gives the same results on the real demo indicators (docs/PERFORMANCE.md). With a comma-separated
/// list of indicator ids after the seed, only those indicators (the national store's largest take minutes each).
/// </summary>
internal static class DisclosureDemoCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        string? dumpFile = args.Length > 1 && args[1] != "-" ? args[1] : null;
        bool national = args.Length > 2 && args[2] == "national";
        HashSet<string>? only = args.Length > 4 ? [.. args[4].Split(',')] : null;
        string directory = national
            ? await NationalStore.CopyAsync(args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : DemoLoader.DefaultSeed)
            : await DemoStore.CopyAsync();
        try
        {
            List<(Indicator Indicator, List<Observation> Observations, IReadOnlyList<CrosswalkShare> Shares)> inputs = [];
            List<Area> areas;
            await using (AtlasStore store = await AtlasStore.OpenAsync(directory, TimeProvider.System))
            {
                areas = [.. await new AreaRepository(store.DataSource).ListAsync(null, null)];
                DisclosureInputRepository repository = new(store.DataSource);
                foreach (Indicator indicator in (await new IndicatorRepository(store.DataSource).ListAsync())
                    .Where(i => only is null || only.Contains(i.Id.Value))
                    .OrderBy(i => i.Id.Value, StringComparer.Ordinal))
                {
                    List<Observation> observations = [.. await repository.ListCurrentAsync(indicator.Id)];
                    observations.AddRange(BreakdownTotals.Derive(indicator.Measure, [.. observations]).Select(total => total.Total));
                    inputs.Add((indicator, observations, await repository.ListCrosswalkSharesAsync(indicator.Id)));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputs.Count} indicators, {inputs.Sum(i => i.Observations.Count)} observations, {areas.Count} areas"));
            StringBuilder? dump = null;
            for (int run = 0; run < runs; run++)
            {
                dump = dumpFile is null ? null : new StringBuilder();
                long allocated = GC.GetTotalAllocatedBytes();
                TimeSpan cpu = Environment.CpuUsage.TotalTime;
                Stopwatch clock = Stopwatch.StartNew();
                List<(string Id, double Seconds)> slowest = [];
                foreach ((Indicator indicator, List<Observation> observations, IReadOnlyList<CrosswalkShare> shares) in inputs)
                {
                    TimeSpan before = Environment.CpuUsage.TotalTime;
                    ProtectedTable analysts = DisclosureControl.Protect(indicator, observations, areas, shares, Audience.Analyst);
                    ProtectedTable published = DisclosureControl.ForPublic(analysts);
                    slowest.Add((indicator.Id.Value, (Environment.CpuUsage.TotalTime - before).TotalSeconds));
                    if (dump is not null)
                    {
                        Write(dump, analysts, published);
                    }
                }

                clock.Stop();
                string top = string.Join(", ", slowest.OrderByDescending(s => s.Seconds).Take(4).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Id} {s.Seconds:0.000} s")));
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run + 1}: {clock.Elapsed.TotalSeconds:0.000} s, CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:0.000} s, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MB allocated; slowest: {top}; load {ComputeRunCommand.LoadAverage()}"));
            }

            if (dump is null || dumpFile is null)
            {
                return 0;
            }

            if (!File.Exists(dumpFile))
            {
                await File.WriteAllTextAsync(dumpFile, dump.ToString(), new UTF8Encoding(false));
                Console.WriteLine($"baseline written to {dumpFile}");
                return 0;
            }

            string[] expected = await File.ReadAllLinesAsync(dumpFile);
            string[] actual = dump.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            int differences = Math.Abs(expected.Length - actual.Length);
            for (int i = 0; i < Math.Min(expected.Length, actual.Length); i++)
            {
                if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
                {
                    if (differences < 20)
                    {
                        Console.WriteLine($"line {i + 1}:\n  was {expected[i]}\n  now {actual[i]}");
                    }

                    differences++;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{differences} differences among {expected.Length} lines of {dumpFile}"));
            return differences == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Write(StringBuilder dump, ProtectedTable analysts, ProtectedTable published)
    {
        AuditReport audit = analysts.Audit;
        dump.Append(CultureInfo.InvariantCulture, $"indicator {analysts.Indicator}: {analysts.Cells.Count} cells, passed {audit.Passed}, components {audit.Components}, largest {audit.LargestComponent}, relations {analysts.Relations.Count}, contradicted {analysts.Contradicted.Count}, estimates {analysts.Estimates.Count}\n");
        foreach (string relation in analysts.Relations.Select(r => "R " + r).Concat(analysts.Contradicted.Select(r => "C " + r)).Order(StringComparer.Ordinal))
        {
            dump.Append(relation).Append('\n');
        }

        foreach (string estimate in analysts.Estimates.Select(e => "E " + e).Order(StringComparer.Ordinal))
        {
            dump.Append(estimate).Append('\n');
        }

        for (int i = 0; i < analysts.Cells.Count; i++)
        {
            ProtectedCell cell = analysts.Cells[i];
            ProtectedCell shown = published.Cells[i];
            dump.Append(CultureInfo.InvariantCulture, $"{cell.Key} {cell.State.ToCode()} {cell.Reason.ToCode()} {shown.State.ToCode()} {shown.Reason.ToCode()} {shown.Observation.Numerator:R}\n");
        }

        foreach (CellRange range in audit.Ranges)
        {
            dump.Append(CultureInfo.InvariantCulture, $"range {range.Cell} {range.Value:R} {range.Range.Minimum:R} {range.Range.Maximum:R}\n");
        }

        foreach (CellRange range in audit.Failures)
        {
            dump.Append(CultureInfo.InvariantCulture, $"failure {range.Cell} {range.Range.Minimum:R} {range.Range.Maximum:R}\n");
        }

        foreach (CellKey cell in audit.Inconsistent)
        {
            dump.Append(CultureInfo.InvariantCulture, $"inconsistent {cell}\n");
        }
    }
}
