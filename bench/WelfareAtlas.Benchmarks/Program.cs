using BenchmarkDotNet.Running;
using WelfareAtlas.Benchmarks.Import;
using WelfareAtlas.Benchmarks.Load;
using WelfareAtlas.Benchmarks.Profiles;

namespace WelfareAtlas.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Wilson*'</c>. Two commands measure what
/// BenchmarkDotNet cannot: <c>import ROWS ATLAS_DLL</c> times a whole <c>atlas import</c> process, <c>compute [RUNS]</c>
/// times full recomputes of the demo store and <c>report [RUNS] [PROFILE]</c> renders the city-wide report to PDF (both
/// too long for its in-process job), <c>cells-check FILE [DATA_DIR]</c> checks a full compute run's cells against a
/// baseline dump (writing it when FILE is missing), <c>disclosure RUNS [DUMP_FILE|-] [national [SEED]]</c> times disclosure
/// control of every demo indicator and compares its results with a dump (<see cref="Disclosure.DisclosureDemoCommand"/>),
/// <c>core-cells [RUNS]</c> times the Core part of a compute run of the demo on one thread (<see cref="ProfileCells.CoreCellsCommand"/>), <c>serving [REQUESTS_PER_KIND] [DATA_DIR|-] [public|analyst]</c> gives the percentiles of each kind
/// of page and API call on the demo store, and <c>load BASE_URL REQUESTS WORKERS</c> load-tests a running app's public
/// API over HTTP.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "import")
        {
            return await ImportBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "report")
        {
            return await Reports.CityReportCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "compute")
        {
            return await ComputeRunCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "cells-check")
        {
            return await CellsCheckCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "disclosure")
        {
            return await Disclosure.DisclosureDemoCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "core-cells")
        {
            return await ProfileCells.CoreCellsCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "serving")
        {
            return await ServingCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "load")
        {
            return await LoadCommand.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
