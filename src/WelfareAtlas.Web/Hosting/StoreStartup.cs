using System.Data.Common;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Profiles;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Storage.Profiles;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Opens the store for a host, creating it with the real Helsinki areas on first start.</summary>
public static class StoreStartup
{
    /// <summary>Fills a new store: Helsinki's areas, shapes and postal-area crosswalk, the indicator catalogue and the welfare profiles.</summary>
    public static async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(HelsinkiGeography.Load(), cancellationToken);
        await new IndicatorRepository(dataSource).UpsertAsync(IndicatorCatalogue.All, cancellationToken);
        await new ProfileRepository(dataSource).ReplaceAllAsync(ProfileCatalogue.All, cancellationToken);
    }

    /// <summary>Opens or creates the store in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="StoreException">The store cannot be opened or created; the message says which file and why.</exception>
    public static Task<(AtlasStore Store, bool Created)> OpenOrCreateAsync(string dataDirectory, TimeProvider time, CancellationToken cancellationToken) =>
        AtlasStore.OpenOrCreateAsync(dataDirectory, SeedAsync, time, cancellationToken);
}
