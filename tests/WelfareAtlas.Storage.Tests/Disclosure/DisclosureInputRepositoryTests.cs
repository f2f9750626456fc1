using System.Data.Common;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Disclosure;
using WelfareAtlas.Storage.Tests.Batches;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Disclosure;

/// <summary>What disclosure control reads of an indicator: its current observations, one per cell, on both engines.</summary>
public abstract class DisclosureInputRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Share = IndicatorId.Parse("share");

    protected override async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);
        await TestIndicators.InsertAsync(dataSource, "share", "proportion", 100);
    }

    [Fact]
    public async Task ListCurrentAsync_TwoVintages_GivesOneObservationPerCell_TheNewestVintagesInKeyOrder()
    {
        await ImportAsync("first", (2023, 30), (2024, 40));
        await ImportAsync("second", (2024, 45));

        IReadOnlyList<Observation> current = await new DisclosureInputRepository(Store.DataSource).ListCurrentAsync(Share, Token);

        // Tapanila's two years and their sums up to Malmi, Koillinen and the city: one row each, never both vintages.
        Assert.Equal(current.Count, current.Select(o => (o.Area, o.Period, o.Breakdown)).Distinct().Count());
        Assert.Equal(8, current.Count);
        Assert.Equal(45, current.Single(o => o.Area == SampleGeography.Tapanila && o.Period == Period.OfYear(2024)).Numerator);
        Assert.Equal(30, current.Single(o => o.Area == SampleGeography.Tapanila && o.Period == Period.OfYear(2023)).Numerator);
        Assert.Equal(45, current.Single(o => o.Area == SampleGeography.Malmi && o.Period == Period.OfYear(2024)).Numerator);
        Assert.Equal(
            [.. current.OrderBy(o => o.Area.Value, StringComparer.Ordinal).ThenBy(o => o.Period.Start)],
            current);
    }

    private async Task ImportAsync(string content, params (int Year, double Numerator)[] years)
    {
        SourcedObservation[] rows = [.. years.Select((y, i) => new SourcedObservation(
            new Observation(Share, SampleGeography.Tapanila, Period.OfYear(y.Year), Breakdown.Total, y.Numerator, 100), i + 2))];
        CommitResult result = await new ImportBatchRepository(Store.DataSource, TimeProvider.System).CommitAsync(
            new ImportBatchHeader("share-source", "file.csv", "hash-" + content, "mapping", "tester"),
            TestRows.Of(rows),
            [],
            new CommitOptions(),
            Token);
        Assert.Equal(CommitOutcome.Committed, result.Outcome);
    }
}
