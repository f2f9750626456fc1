using System.Diagnostics;
using System.Globalization;

namespace WelfareAtlas.Storage.Batches;

// TEMPORARY measurement aid (branch import-2x): prints wall and processor time per phase to stderr when
// ATLAS_IMPORT_PHASES=1. Removed before the branch is merged.
/// <summary>Temporary phase timer of the import (stderr, ATLAS_IMPORT_PHASES=1).</summary>
public static class PhaseClock
{
    private static readonly bool On = Environment.GetEnvironmentVariable("ATLAS_IMPORT_PHASES") == "1";
    private static readonly Stopwatch Wall = Stopwatch.StartNew();
    private static TimeSpan lastWall;
    private static TimeSpan lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Prints the time since the last mark.</summary>
    public static void Mark(string phase)
    {
        if (!On)
        {
            return;
        }

        TimeSpan wall = Wall.Elapsed;
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase {phase,-28} wall {(wall - lastWall).TotalSeconds,6:0.00} s  cpu {(cpu - lastCpu).TotalSeconds,6:0.00} s"));
        lastWall = wall;
        lastCpu = cpu;
    }
}
