using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;

namespace WelfareAtlas.Web.Security;

/// <summary>
/// Ends embargoes on time: every <c>Embargo:CheckSeconds</c> (default 60) it releases the batches whose publication
/// time has passed, which recomputes the public cells of the indicators they touch (<see cref="BatchPublication"/>).
/// </summary>
internal sealed partial class EmbargoWatch(AtlasStore store, TimeProvider time, IConfiguration configuration, ILogger<EmbargoWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Embargo:CheckSeconds", 60)));
        using PeriodicTimer timer = new(interval, time);
        do
        {
            try
            {
                IReadOnlyList<long> released = await new BatchPublication(store.DataSource, time).ReleaseDueAsync("system", stoppingToken);
                if (released.Count > 0)
                {
                    Released(logger, string.Join(", ", released));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a store that is down must not stop the app.
                Failed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embargo ended for batch {Batches}: public cells recomputed.")]
    private static partial void Released(ILogger logger, string batches);

    [LoggerMessage(Level = LogLevel.Error, Message = "Releasing ended embargoes failed; retrying at the next check.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
