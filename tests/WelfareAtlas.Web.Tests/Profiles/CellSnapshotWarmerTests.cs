using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Profiles;

/// <summary>The demo app reads the public's cells of every indicator into memory by itself after it starts.</summary>
public sealed class CellSnapshotWarmerTests(DemoLiveServer server)
{
    [Fact]
    public async Task AfterStart_EveryIndicatorsPublicCellsOfTheNewestRunAreInMemory()
    {
        CancellationToken cancel = TestContext.Current.CancellationToken;
        AtlasStore store = server.Services.GetRequiredService<AtlasStore>();
        CellSnapshotWarmer warmer = server.Services.GetRequiredService<CellSnapshotWarmer>();
        CellSnapshot snapshot = server.Services.GetRequiredService<CellSnapshot>();

        // Other tests of the assembly may run compute runs meanwhile: wait until the warmer has caught up with one.
        DateTime giveUp = DateTime.UtcNow.AddMinutes(5);
        long newest;
        while ((newest = await ComputeRunCheck.NewestAsync(store.DataSource, cancel)) != warmer.WarmedRun && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(250, cancel);
        }

        Assert.Equal(newest, warmer.WarmedRun);
        IndicatorId[] missing = [.. server.Services.GetRequiredService<AtlasCatalogue>().IndicatorList
            .Select(indicator => indicator.Id)
            .Where(id => !snapshot.Holds(Audience.Public, id))];
        Assert.True(missing.Length == 0 || await ComputeRunCheck.NewestAsync(store.DataSource, cancel) != newest, $"not in memory: {string.Join(", ", missing)}");
    }
}
