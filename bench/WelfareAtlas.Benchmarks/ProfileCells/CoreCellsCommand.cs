using System.Diagnostics;
using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Benchmarks.Profiles;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Disclosure;
using WelfareAtlas.Storage.Indicators;

namespace WelfareAtlas.Benchmarks.ProfileCells;

/// <summary>
/// <c>core-cells [RUNS]</c>: the Core part of a compute run of the Helsinki demo store, without the store: for every
/// indicator (its current observations and the totals summed from breakdowns, read once before the runs), disclosure
/// control for analysts, the analysts' cells, and where disclosure control hides a cell the public's cells from the
/// protected observations (the analysts' estimates taken where the observation is unchanged), as the compute run does,
/// one indicator after another on one thread. Prints each run's processor time (<see cref="Environment.CpuUsage"/>,
/// the whole process), allocation and the slowest indicators: on a shared machine a steadier measure of Core than a
/// whole run, whose reading and writing run on DuckDB's threads.
/// </summary>
internal static class CoreCellsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        string directory = await DemoStore.CopyAsync();
        try
        {
            List<(Indicator Indicator, List<Observation> Observations, IReadOnlyList<CrosswalkShare> Shares)> inputs = [];
            List<Area> areaList;
            await using (AtlasStore store = await AtlasStore.OpenAsync(directory, TimeProvider.System))
            {
                areaList = [.. await new AreaRepository(store.DataSource).ListAsync(null, null)];
                DisclosureInputRepository repository = new(store.DataSource);
                foreach (Indicator indicator in (await new IndicatorRepository(store.DataSource).ListAsync()).OrderBy(i => i.Id.Value, StringComparer.Ordinal))
                {
                    List<Observation> observations = Shared(await repository.ListCurrentAsync(indicator.Id));
                    observations.AddRange(BreakdownTotals.Derive(indicator.Measure, [.. observations]).Select(total => total.Total));
                    inputs.Add((indicator, observations, await repository.ListCrosswalkSharesAsync(indicator.Id)));
                }
            }

            Dictionary<AreaCode, Area> areas = areaList.ToDictionary(area => area.Code);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputs.Count} indicators, {inputs.Sum(i => i.Observations.Count)} observations, {areaList.Count} areas"));
            for (int run = 0; run < runs; run++)
            {
                long allocated = GC.GetTotalAllocatedBytes();
                TimeSpan cpu = Environment.CpuUsage.TotalTime;
                Stopwatch clock = Stopwatch.StartNew();
                long cells = 0;
                List<(string Id, double Seconds)> slowest = [];
                foreach ((Indicator indicator, List<Observation> observations, IReadOnlyList<CrosswalkShare> shares) in inputs)
                {
                    TimeSpan before = Environment.CpuUsage.TotalTime;
                    cells += Compute(indicator, observations, areaList, areas, shares);
                    slowest.Add((indicator.Id.Value, (Environment.CpuUsage.TotalTime - before).TotalSeconds));
                }

                clock.Stop();
                string top = string.Join(", ", slowest.OrderByDescending(s => s.Seconds).Take(6).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Id} {s.Seconds:0.000} s")));
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run + 1}: {clock.Elapsed.TotalSeconds:0.000} s, CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:0.000} s, {cells} cells, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MB allocated; slowest: {top}; load {ComputeRunCommand.LoadAverage()}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The observations with one area code and one breakdown object per value, as the compute run's reader gives them (it
    /// reads keys and turns each into its text once): the calculator checks the last area and breakdown by reference
    /// before its dictionaries, so objects of their own per observation would time a slower path than the run's.
    /// </summary>
    private static List<Observation> Shared(IEnumerable<Observation> observations)
    {
        Dictionary<AreaCode, AreaCode> areas = [];
        Dictionary<Breakdown, Breakdown> breakdowns = [];
        List<Observation> shared = [];
        foreach (Observation observation in observations)
        {
            if (!areas.TryGetValue(observation.Area, out AreaCode area))
            {
                areas[observation.Area] = area = observation.Area;
            }

            if (!breakdowns.TryGetValue(observation.Breakdown, out Breakdown? breakdown))
            {
                breakdowns[observation.Breakdown] = breakdown = observation.Breakdown;
            }

            shared.Add(ReferenceEquals(area.Value, observation.Area.Value) && ReferenceEquals(breakdown, observation.Breakdown)
                ? observation
                : observation with { Area = area, Breakdown = breakdown });
        }

        return shared;
    }

    /// <summary>One indicator's cells for analysts and, where disclosure control hides a cell, for the public; returns how many.</summary>
    private static int Compute(Indicator indicator, List<Observation> observations, List<Area> areaList, Dictionary<AreaCode, Area> areas, IReadOnlyList<CrosswalkShare> shares)
    {
        IndicatorMethod method = new(indicator.Id, indicator.Measure, indicator.Multiplier);
        ProtectedTable analysts = DisclosureControl.Protect(indicator, observations, areaList, shares, Audience.Analyst);
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(method, areas, observations);
        if (analysts.Audit.Passed && !analysts.Cells.Any(cell => cell.State.IsWithheld()))
        {
            return cells.Count;
        }

        // As the compute run: a failed audit withholds every count from the public.
        ProtectedCell[] published = [.. analysts.Cells.Select(cell => PublicCells.Of(cell, analysts.Audit.Passed))];
        IReadOnlyList<IndicatorCell> publicCells = PublicCells.Compute(method, areas, published, observations, cells);
        return cells.Count + publicCells.Count;
    }
}
