using BenchmarkDotNet.Running;
using WelfareAtlas.Benchmarks.Import;

namespace WelfareAtlas.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Wilson*'</c>; <c>import ROWS ATLAS_DLL</c> runs the
/// import benchmark instead (a whole process is measured, which BenchmarkDotNet cannot do).
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "import")
        {
            return await ImportBenchmark.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
