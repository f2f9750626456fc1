using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Situation;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Situation;
using WelfareAtlas.Storage.Tests.Batches;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Situation;

/// <summary>The previous data vintage as the store keeps it: each current delivered number with the one it superseded.</summary>
public abstract class RevisionRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Population = TestRows.Population;

    private ImportBatchRepository Batches => new(Store.DataSource, TimeProvider.System);

    private RevisionRepository Revisions => new(Store.DataSource);

    protected override async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);
        await TestIndicators.InsertAsync(dataSource, "population", "count");
        await TestIndicators.InsertAsync(dataSource, "mean-age", "mean");
    }

    [Fact]
    public async Task ListAsync_CorrectedDelivery_PairsEachRevisedNumberWithTheOneItSupersededAndBothBatches()
    {
        long first = await CommitAsync("v1", (SampleGeography.Postal00730, 2022, 6900), (SampleGeography.Postal00730, 2023, 7000), (SampleGeography.Tapanila, 2023, 5000));
        // The correction revises both 2023 numbers; 2022 stays current from the first delivery.
        long second = await CommitAsync("v2", (SampleGeography.Postal00730, 2023, 7050), (SampleGeography.Tapanila, 2023, 5100));

        IReadOnlyList<ObservationRevision> revisions = await Revisions.ListAsync([Population], Token);

        // Delivered rows only: the sums up the hierarchy (Malmi, Koillinen, the city) were superseded too but are derived.
        Assert.Equal([SampleGeography.Postal00730, SampleGeography.Tapanila], revisions.Select(r => r.Current.Area));
        ObservationRevision postal = revisions[0];
        Assert.Equal(WelfareAtlas.Periods.Period.OfYear(2023), postal.Current.Period);
        Assert.Equal(Breakdown.Total.Key, postal.Current.Breakdown.Key);
        Assert.Equal((7050.0, second), (postal.Current.Numerator!.Value, postal.CurrentBatch));
        Assert.Equal((7000.0, first), (postal.Superseded.Numerator!.Value, postal.SupersededBatch));
        Assert.Equal(ObservationStatus.Available, postal.Superseded.Status);
        Assert.Equal((5100.0, 5000.0), (revisions[1].Current.Numerator!.Value, revisions[1].Superseded.Numerator!.Value));
    }

    [Fact]
    public async Task ListAsync_ThirdVintage_ComparesWithTheImmediatelyPreviousOneAndRollbackRestoresIt()
    {
        long first = await CommitAsync("v1", (SampleGeography.Postal00730, 2023, 7000));
        long second = await CommitAsync("v2", (SampleGeography.Postal00730, 2023, 7050));
        long third = await CommitAsync("v3", (SampleGeography.Postal00730, 2023, 7100));

        ObservationRevision latest = Assert.Single(await Revisions.ListAsync([Population], Token));
        Assert.Equal((7100.0, third, 7050.0, second), (latest.Current.Numerator!.Value, latest.CurrentBatch, latest.Superseded.Numerator!.Value, latest.SupersededBatch));

        Assert.Equal(RollbackOutcome.RolledBack, await Batches.RollbackAsync(third, "tests", Token));

        ObservationRevision restored = Assert.Single(await Revisions.ListAsync([Population], Token));
        Assert.Equal((7050.0, second, 7000.0, first), (restored.Current.Numerator!.Value, restored.CurrentBatch, restored.Superseded.Numerator!.Value, restored.SupersededBatch));
    }

    [Fact]
    public async Task ListAsync_OtherIndicatorsOrNone_Empty()
    {
        await CommitAsync("v1", (SampleGeography.Postal00730, 2023, 7000));
        await CommitAsync("v2", (SampleGeography.Postal00730, 2023, 7050));

        Assert.Empty(await Revisions.ListAsync([IndicatorId.Parse("mean-age")], Token));
        Assert.Empty(await Revisions.ListAsync([], Token));
    }

    [Fact]
    public async Task ListAsync_OnlyOneVintage_Empty()
    {
        await CommitAsync("v1", (SampleGeography.Postal00730, 2023, 7000), (SampleGeography.Tapanila, 2023, 5000));

        Assert.Empty(await Revisions.ListAsync([Population], Token));
    }

    /// <summary>Commits a delivery of population counts of the one source; returns its batch.</summary>
    private async Task<long> CommitAsync(string content, params (AreaCode Area, int Year, double Count)[] rows)
    {
        CommitResult result = await Batches.CommitAsync(
            new ImportBatchHeader("census", "file.csv", "hash-" + content, "mapping", "tester"),
            TestRows.Of([.. rows.Select((row, i) => TestRows.Count(row.Area, row.Year, row.Count, i + 2))]),
            [],
            new CommitOptions(),
            Token);
        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        return result.BatchId!.Value;
    }
}
