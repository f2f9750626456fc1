using System.Data.Common;
using Dapper;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Localisation;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Indicators;

public abstract class IndicatorRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private IndicatorRepository Indicators => new(Store.DataSource);

    [Fact]
    public async Task UpsertAsync_Catalogue_ReadsBackEveryFieldOfEveryIndicator()
    {
        await Indicators.UpsertAsync(IndicatorCatalogue.All, TestContext.Current.CancellationToken);

        IReadOnlyList<Indicator> stored = await Indicators.ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(IndicatorCatalogue.All.Count, stored.Count);
        foreach (Indicator expected in IndicatorCatalogue.All)
        {
            Assert.Equivalent(expected, stored.Single(i => i.Id == expected.Id), strict: true);
        }
    }

    [Fact]
    public async Task UpsertAsync_Columns_HoldMeasureMultiplierAndSyntheticFlag()
    {
        await Indicators.UpsertAsync(IndicatorCatalogue.All, TestContext.Current.CancellationToken);

        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        (string Measure, double Multiplier, bool Synthetic) row = await connection.QuerySingleAsync<(string, double, bool)>(
            "SELECT measure, multiplier, synthetic FROM indicators WHERE id = $id", new { id = "youth-chat-conversations" });
        Assert.Equal(("crude-rate", 1000.0, true), row);
        Assert.Equal(15, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM indicators WHERE synthetic"));
    }

    [Fact]
    public async Task UpsertAsync_SameIdAgain_ReplacesTheMetadata()
    {
        Indicator original = IndicatorCatalogue.Get("school-absence");
        await Indicators.UpsertAsync([original], TestContext.Current.CancellationToken);
        Indicator renamed = original with { Name = new LocalisedText("Poissaolot", "Frånvaro", "Absence") };

        await Indicators.UpsertAsync([renamed], TestContext.Current.CancellationToken);

        Assert.Single(await Indicators.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Frånvaro", (await Indicators.FindAsync(original.Id, TestContext.Current.CancellationToken))!.Name.Sv);
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull() =>
        Assert.Null(await Indicators.FindAsync(IndicatorId.Parse("not-stored"), TestContext.Current.CancellationToken));
}
