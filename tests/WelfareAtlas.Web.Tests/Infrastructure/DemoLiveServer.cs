using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(DemoLiveServer))]

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel with the demo loaded as on a user's first start (the demo import and the first compute
/// run take a while, so the whole test assembly shares one).
/// </summary>
public sealed class DemoLiveServer : RunningApp
{
    protected override bool LoadDemo => true;

    /// <summary>
    /// Waits until the app has read every indicator's public cells into memory, as it does by itself seconds after a
    /// user's first start (5 s on a quiet machine, 57 s at a load average of 18: docs/PERFORMANCE.md), so that the
    /// browser tests' time limits apply to pages and not to that first read.
    /// </summary>
    protected override async ValueTask OnStartedAsync()
    {
        CellSnapshotWarmer warmer = Services.GetRequiredService<CellSnapshotWarmer>();
        DateTime giveUp = DateTime.UtcNow.AddMinutes(10);
        while (warmer.WarmedRun == 0)
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException("The demo app had not read its cells into memory 10 minutes after it started.");
            }

            await Task.Delay(200);
        }
    }
}
