using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Web.Profiles;

/// <summary>
/// Reads the public's cells of every indicator into the <see cref="CellSnapshot"/>, and what each indicator has data for
/// into the <see cref="CellAvailabilityCache"/>, in the background after the app starts and after every compute run, so
/// that the first visitor of a page does not wait for the read (seconds for a profile's dozen indicators, 1.5 s for the
/// indicator catalogue's levels and periods). Checks for a new run every <c>Cells:WarmUpCheckSeconds</c> (default 15);
/// <c>Cells:WarmUp</c> = false turns it off, and pages then read on first use as before.
/// </summary>
/// <remarks>
/// One indicator at a time, so that requests keep the other core; a request that needs an indicator being read waits
/// for the same read instead of starting its own. Analysts' sets are read on first use: they are fewer and differ
/// only for indicators with hidden cells.
/// </remarks>
internal sealed partial class CellSnapshotWarmer(
    AtlasStore store,
    CellSnapshot snapshot,
    CellAvailabilityCache availability,
    AtlasCatalogue catalogue,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<CellSnapshotWarmer> logger) : BackgroundService
{
    /// <summary>The compute run whose public cells are all in memory; 0 before the first warm-up.</summary>
    public long WarmedRun { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Cells:WarmUp", true))
        {
            return;
        }

        TimeSpan interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Cells:WarmUpCheckSeconds", 15)));
        using PeriodicTimer timer = new(interval, time);
        do
        {
            try
            {
                long run = await ComputeRunCheck.NewestAsync(store.DataSource, stoppingToken);
                if (run > 0 && run != WarmedRun)
                {
                    long started = time.GetTimestamp();
                    foreach (Indicator indicator in catalogue.IndicatorList)
                    {
                        await snapshot.GetAsync(Audience.Public, indicator.Id, stoppingToken);
                    }

                    await availability.GetAsync(catalogue.IndicatorList.Select(indicator => indicator.Id), Audience.Public, stoppingToken);

                    WarmedRun = run;
                    Warmed(logger, catalogue.IndicatorList.Count, run, time.GetElapsedTime(started).TotalSeconds);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Pages still read on first use; the next tick tries again.
                Failed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read the public cells of {Indicators} indicators of compute run {Run} into memory in {Seconds:0.0} s.")]
    private static partial void Warmed(ILogger logger, int indicators, long run, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the cells into memory failed; pages read them on first use, and the next check tries again.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
