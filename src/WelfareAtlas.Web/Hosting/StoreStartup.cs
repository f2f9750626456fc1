using System.Data.Common;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Profiles;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Storage.Profiles;
using WelfareAtlas.Storage.Situation;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Opens the store for a host, creating it on first start with the real Helsinki areas, the catalogue and (by default) the demo.</summary>
public static class StoreStartup
{
    /// <summary>Fills a new store: Helsinki's areas, shapes and postal-area crosswalk, Finland's other municipalities as the city's peers, the indicator catalogue and the welfare profiles.</summary>
    public static async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(FinlandGeography.LoadWithHelsinki(), cancellationToken);
        await new IndicatorRepository(dataSource).UpsertAsync(IndicatorCatalogue.All, cancellationToken);
        await new ProfileRepository(dataSource).ReplaceAllAsync(ProfileCatalogue.All, cancellationToken);
    }

    /// <summary>Opens or creates the store at <paramref name="location"/>, and brings its cells up to date.</summary>
    /// <param name="location">Where the store lives: a DuckDB data directory or a PostgreSQL database.</param>
    /// <param name="time">The clock for migrations and batches.</param>
    /// <param name="loadDemo">Whether a new store also gets the demo deliveries, imported through the real importer (<see cref="DemoLoader"/>).</param>
    /// <param name="cancellationToken">Cancels; a store being created is not left behind.</param>
    /// <remarks>
    /// A store whose cells are older than its observations (a store with observations and no run yet, or indicators a
    /// batch's commit, rollback or publication time changed without a run since, <see cref="ComputeRunner.RunStaleAsync"/>)
    /// gets those indicators computed before it is used, so pages never show cells that disagree with the data; then
    /// the forecasts and alert statuses of every indicator whose cells are newer than them are refreshed.
    /// </remarks>
    /// <exception cref="StoreException">The store cannot be opened or created; the message says which store and why.</exception>
    public static Task<(AtlasStore Store, bool Created)> OpenOrCreateAsync(StoreLocation location, TimeProvider time, bool loadDemo, CancellationToken cancellationToken) =>
        OpenOrCreateAsync(location, time, loadDemo ? DemoChoice.City(DemoLoader.DefaultSeed) : null, cancellationToken);

    /// <summary>Opens or creates the store at <paramref name="location"/>, a new one with the demo of <paramref name="demo"/>, and brings its cells up to date.</summary>
    /// <param name="location">Where the store lives: a DuckDB data directory or a PostgreSQL database.</param>
    /// <param name="time">The clock for migrations and batches.</param>
    /// <param name="demo">
    /// The demo a new store gets, imported through the real importer: the city scale (<see cref="DemoLoader"/>) or the
    /// national scale (<see cref="NationalDemoLoader"/>, its synthetic areas added to the real ones); <see langword="null"/>: none.
    /// </param>
    /// <param name="cancellationToken">Cancels; a store being created is not left behind.</param>
    /// <exception cref="StoreException">The store cannot be opened or created; the message says which store and why.</exception>
    public static async Task<(AtlasStore Store, bool Created)> OpenOrCreateAsync(StoreLocation location, TimeProvider time, DemoChoice? demo, CancellationToken cancellationToken)
    {
        (AtlasStore store, bool created, _) = await OpenOrCreateReportingAsync(location, time, demo, cancellationToken);
        return (store, created);
    }

    /// <summary>
    /// <see cref="OpenOrCreateAsync(StoreLocation, TimeProvider, DemoChoice?, CancellationToken)"/>, also giving the
    /// compute run this open made of the stale cells (<see langword="null"/>: nothing was stale), so that a caller
    /// reports its own run, not one another process sharing the store ran meanwhile.
    /// </summary>
    /// <inheritdoc cref="OpenOrCreateAsync(StoreLocation, TimeProvider, DemoChoice?, CancellationToken)"/>
    public static async Task<(AtlasStore Store, bool Created, ComputeRun? StaleRun)> OpenOrCreateReportingAsync(StoreLocation location, TimeProvider time, DemoChoice? demo, CancellationToken cancellationToken)
    {
        (AtlasStore store, bool created) = await AtlasStore.OpenOrCreateAsync(
            location,
            async (dataSource, token) =>
            {
                await SeedAsync(dataSource, token);
                if (demo is { Scale: DemoScale.City })
                {
                    await DemoLoader.LoadAsync(dataSource, time, demo.Seed, token);
                }
                else if (demo is { Scale: DemoScale.National })
                {
                    await NationalDemoLoader.LoadAsync(dataSource, time, DemoSetting.Create(DemoScale.National, demo.Seed, demo.Municipalities), token);
                }
            },
            time,
            cancellationToken);
        ComputeRunner runner = new(store.DataSource, time);
        // The indicators a batch changed since a run last covered them (an import with --no-compute, a process stopped
        // before its compute run), or all of them in a store without a run yet.
        ComputeRun? staleRun = await runner.RunStaleAsync("store opened with cells older than its observations", cancellationToken);

        // Forecasts and alert statuses older than the cells (a new store, a migration that rebuilt them, a process
        // stopped between its compute run and the refresh) are made again before the store is used.
        await new IndicatorRefresher(store.DataSource, time).RefreshStaleAsync(cancellationToken);

        return (store, created, staleRun);
    }
}
