using System.Diagnostics;
using System.Globalization;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// Temporary phase timers of the import (docs/PERFORMANCE.md, "Import"): with <c>ATLAS_IMPORT_PHASES=FILE</c>, each
/// mark appends the wall clock and the process's processor time since the previous mark to FILE.
/// </summary>
internal static class ImportPhases
{
    private static readonly string? File = Environment.GetEnvironmentVariable("ATLAS_IMPORT_PHASES");
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static TimeSpan lastWall;
    private static TimeSpan lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Ends the phase named <paramref name="phase"/>.</summary>
    public static void Mark(string phase)
    {
        if (string.IsNullOrEmpty(File))
        {
            return;
        }

        TimeSpan wall = Clock.Elapsed;
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        System.IO.File.AppendAllText(File, string.Create(CultureInfo.InvariantCulture, $"phase {phase,-40} {(cpu - lastCpu).TotalSeconds,6:0.00} s cpu {(wall - lastWall).TotalSeconds,6:0.00} s wall\n"));
        lastWall = wall;
        lastCpu = cpu;
    }
}
