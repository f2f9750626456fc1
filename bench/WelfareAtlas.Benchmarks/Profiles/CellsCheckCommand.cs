using System.Data.Common;
using System.Globalization;
using System.Text;
using WelfareAtlas.Storage;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// <c>cells-check FILE [DATA_DIR]</c>: a full compute run of a copy of the demo store (or of the store in DATA_DIR),
/// then every cell it wrote, all columns but the run id, ordered by audience, indicator, area, period and breakdown.
/// Without FILE it writes the dump there (the baseline); with FILE it compares the new cells with it and fails on any
/// difference: texts and integers exactly, doubles to <see cref="RelativeTolerance"/> relative. It is the check that a
/// change to the compute run leaves its results alone (docs/PERFORMANCE.md).
/// </summary>
internal static class CellsCheckCommand
{
    /// <summary>How far two doubles of the same cell may differ, relative to the larger (absolute below 1).</summary>
    private const double RelativeTolerance = 1e-12;

    private const int ShownDifferences = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            await Console.Error.WriteLineAsync("usage: cells-check FILE [DATA_DIR]");
            return 2;
        }

        string file = args[0];
        string directory = args.Length > 1 ? DemoStore.CopyOf(args[1]) : await DemoStore.CopyAsync();
        try
        {
            List<string[]> cells;
            string[] names;
            bool[] doubles;
            await using (AtlasStore store = await AtlasStore.OpenAsync(directory, TimeProvider.System))
            {
                ComputeRun run = await new ComputeRunner(store.DataSource, TimeProvider.System).RunAllAsync("cells-check");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run.Id}: {run.Cells} cells"));
                (names, doubles, cells) = await DumpAsync(store.DataSource);
            }

            if (!File.Exists(file))
            {
                await using StreamWriter writer = new(file, append: false, new UTF8Encoding(false));
                await writer.WriteLineAsync(string.Join('\t', names));
                foreach (string[] cell in cells)
                {
                    await writer.WriteLineAsync(string.Join('\t', cell));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline written: {cells.Count} cells to {file}"));
                return 0;
            }

            return Compare(names, doubles, cells, [.. File.ReadLines(file).Select(line => line.Split('\t'))]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Compare(string[] names, bool[] doubles, List<string[]> cells, List<string[]> baseline)
    {
        if (!baseline[0].SequenceEqual(names, StringComparer.Ordinal))
        {
            Console.WriteLine($"columns differ: baseline {string.Join(',', baseline[0])}, now {string.Join(',', names)}");
            return 1;
        }

        int differences = 0;
        double largest = 0;
        SortedDictionary<string, int> withinTolerance = new(StringComparer.Ordinal);
        if (baseline.Count - 1 != cells.Count)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cell count differs: baseline {baseline.Count - 1}, now {cells.Count}"));
            differences++;
        }

        for (int row = 0; row < Math.Min(cells.Count, baseline.Count - 1); row++)
        {
            string[] expected = baseline[row + 1];
            string[] actual = cells[row];
            for (int column = 0; column < names.Length; column++)
            {
                if (string.Equals(expected[column], actual[column], StringComparison.Ordinal))
                {
                    continue;
                }

                if (doubles[column]
                    && double.TryParse(expected[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double e)
                    && double.TryParse(actual[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double a))
                {
                    double relative = Math.Abs(e - a) / Math.Max(1, Math.Max(Math.Abs(e), Math.Abs(a)));
                    largest = Math.Max(largest, relative);
                    if (relative <= RelativeTolerance)
                    {
                        // Not a difference, but not bit for bit either: counted by column, and the first few shown.
                        withinTolerance[names[column]] = withinTolerance.GetValueOrDefault(names[column]) + 1;
                        if (withinTolerance.Values.Sum() <= ShownDifferences)
                        {
                            Console.WriteLine($"cell {string.Join(' ', actual.Take(5))}: {names[column]} was '{expected[column]}', is '{actual[column]}' (within tolerance)");
                        }

                        continue;
                    }
                }

                if (++differences <= ShownDifferences)
                {
                    Console.WriteLine($"cell {string.Join(' ', actual.Take(5))}: {names[column]} was '{expected[column]}', is '{actual[column]}'");
                }
            }
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{cells.Count} cells compared with the baseline: {differences} differences; largest relative difference of a double within tolerance {largest:E2}"));
        if (withinTolerance.Count > 0)
        {
            Console.WriteLine("doubles not bit for bit (within tolerance), by column: " + string.Join(", ", withinTolerance.Select(c => $"{c.Key} {c.Value}")));
        }

        return differences == 0 ? 0 : 1;
    }

    /// <summary>The columns of a dump, as the view <c>indicator_cells</c> had them (0007–0013) without the run.</summary>
    private static readonly string[] Names =
    [
        "audience", "indicator_id", "area_code", "area_type", "period", "period_start", "breakdown", "batch_id", "derivation",
        "disclosure", "disclosure_reason", "numerator", "denominator", "value", "lower95", "upper95", "lower998", "upper998",
        "interval_method", "no_value_kind", "no_value_reason", "city_code", "city_value", "city95", "city998", "city_reason",
        "parent_code", "parent_value", "parent95", "parent998", "parent_reason", "quintile", "rank", "peer_count", "trend",
        "trend_slope", "trend_reason",
    ];

    private static async Task<(string[] Names, bool[] Doubles, List<string[]> Cells)> DumpAsync(DbDataSource dataSource)
    {
        bool[] doubles = [.. Names.Select(name => name is "numerator" or "denominator" or "value" or "lower95" or "upper95"
            or "lower998" or "upper998" or "city_value" or "parent_value" or "trend_slope")];
        List<string[]> cells = [.. (await new CellRepository(dataSource).ListEveryCellAsync())
            .Select(c => Row(c.Audience, c.Cell))
            .OrderBy(row => row[0], StringComparer.Ordinal)
            .ThenBy(row => row[1], StringComparer.Ordinal)
            .ThenBy(row => row[2], StringComparer.Ordinal)
            .ThenBy(row => row[4], StringComparer.Ordinal)
            .ThenBy(row => row[6], StringComparer.Ordinal)];
        return (Names, doubles, cells);
    }

    /// <summary>A cell as the view's row showed it, each value as the dump writes it.</summary>
    private static string[] Row(string audience, StoredCell c) =>
    [
        audience, c.Indicator.Value, c.Area.Value, c.AreaType.ToSlug(), c.Period.ToString(), Text(c.Period.Start), c.Breakdown,
        Text(c.BatchId), Text(c.Derivation), c.Disclosure.ToCode(), c.DisclosureReason.ToCode(), Text(c.Numerator), Text(c.Denominator),
        Text(c.Estimate?.Value), Text(c.Estimate?.Ci95?.Lower), Text(c.Estimate?.Ci95?.Upper), Text(c.Estimate?.Ci998?.Lower),
        Text(c.Estimate?.Ci998?.Upper), Text(c.Estimate?.Method.ToSlug()), Text(c.NoValueKind), Text(c.NoValueReason),
        Text(c.VersusCity.Benchmark?.Value), Text(c.VersusCity.BenchmarkValue), c.VersusCity.At95.ToSlug(), c.VersusCity.At998.ToSlug(),
        Text(c.VersusCity.Reason), Text(c.VersusParent.Benchmark?.Value), Text(c.VersusParent.BenchmarkValue), c.VersusParent.At95.ToSlug(),
        c.VersusParent.At998.ToSlug(), Text(c.VersusParent.Reason), Text(c.Quintile), Text(c.Rank), Text(c.PeerCount),
        c.Trend.Direction.ToSlug(), Text(c.Trend.Slope), Text(c.Trend.Reason),
    ];

    private static string Text(object? value) => value switch
    {
        null => "\\N",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        object other => other.ToString()!.Replace('\t', ' ').Replace('\n', ' '),
    };
}
