using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Indicators;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>Adds a count indicator that tests import into, with a real catalogue entry's metadata (the compute run reads all of it).</summary>
internal static class TestIndicator
{
    public static Task AddCountAsync(AtlasStore store, string id) => new IndicatorRepository(store.DataSource).UpsertAsync(
        [IndicatorCatalogue.Get("unemployed-jobseekers") with { Id = IndicatorId.Parse(id), Measure = Measure.Count, Multiplier = 1 }]);
}
