using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Cells;

/// <summary>The in-memory cells of the newest run: the same cells as the repository's queries, per audience, until the next run.</summary>
public abstract class CellSnapshotTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Visits = IndicatorId.Parse("visits");
    private static readonly IndicatorId Share = IndicatorId.Parse("share");

    private ComputeRunner Runner => new(Store.DataSource, TimeProvider.System);

    protected override async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);
        await TestIndicators.InsertAsync(dataSource, "visits", "count");
        await TestIndicators.InsertAsync(dataSource, "share", "proportion", 100);
    }

    [Fact]
    public async Task Get_HiddenCell_EachAudienceGetsItsOwnCellsAsTheRepositoryReadsThem()
    {
        // 3 visits: below the register's minimum, so the public's cells hide them (and their sums up the hierarchy).
        await ImportAsync("a", Visits, null, (2023, 3, 0), (2024, 12, 0));
        await Runner.RunAllAsync("full", Token);
        CellSnapshot snapshot = new(Store.DataSource);
        CellRepository repository = new(Store.DataSource);

        IndicatorCellSet published = await snapshot.GetAsync(Audience.Public, Visits, Token);
        IndicatorCellSet analysts = await snapshot.GetAsync(Audience.Analyst, Visits, Token);

        Assert.NotSame(published, analysts);
        foreach (Audience audience in new[] { Audience.Public, Audience.Analyst })
        {
            IndicatorCellSet set = audience == Audience.Public ? published : analysts;
            foreach (AreaCode area in new[] { SampleGeography.Tapanila, SampleGeography.Malmi, SampleGeography.City })
            {
                Assert.Equal(Describe(await repository.ListForAreaAsync(audience, area, [Visits], null, Token)), Describe(set.ForArea(area)));
            }

            Assert.Equal(
                Describe(await repository.ListAsync(audience, Visits, AreaType.SubDistrict, Period.OfYear(2023), "total", Token)),
                Describe(set.Level(AreaType.SubDistrict, Period.OfYear(2023), "total")));
        }

        StoredCell hidden = Assert.Single(published.Breakdowns(SampleGeography.Tapanila, Period.OfYear(2023)));
        Assert.Null(hidden.Numerator);
        Assert.Equal(CellState.Suppressed, hidden.Disclosure);
        StoredCell shown = Assert.Single(analysts.Breakdowns(SampleGeography.Tapanila, Period.OfYear(2023)));
        Assert.Equal(3.0, shown.Numerator);
        Assert.Equal(["2023", "2024"], analysts.Series(SampleGeography.Tapanila, "total").Select(c => c.Period.ToString()));
    }

    [Fact]
    public async Task Get_NothingHidden_OneSetServesBothAudiences()
    {
        await ImportAsync("a", Visits, null, (2023, 12, 0));
        await Runner.RunAllAsync("full", Token);
        CellSnapshot snapshot = new(Store.DataSource);

        IndicatorCellSet published = await snapshot.GetAsync(Audience.Public, Visits, Token);

        Assert.Same(published, await snapshot.GetAsync(Audience.Analyst, Visits, Token));
        Assert.Equal(12.0, published.Find(SampleGeography.Tapanila, Period.OfYear(2023), "total")!.Numerator);
    }

    [Fact]
    public async Task Get_PublicWithoutCellsUnderEmbargo_AnalystsStillGetTheirs()
    {
        await ImportAsync("a", Share, DateTime.UtcNow.AddDays(30), (2024, 40, 100));
        await Runner.RunAllAsync("full", Token);
        CellSnapshot snapshot = new(Store.DataSource);

        // The public's (empty) set is read first: it must not stand for the analysts' too.
        Assert.Equal(0, (await snapshot.GetAsync(Audience.Public, Share, Token)).Count);

        IndicatorCellSet analysts = await snapshot.GetAsync(Audience.Analyst, Share, Token);
        Assert.Equal(40.0, analysts.Find(SampleGeography.Tapanila, Period.OfYear(2024), "total")!.Estimate!.Value, 10);
    }

    [Fact]
    public async Task Get_KeepsTheSetUntilTheNextRun()
    {
        await ImportAsync("a", Visits, null, (2023, 12, 0));
        await Runner.RunAllAsync("full", Token);
        CellSnapshot snapshot = new(Store.DataSource);
        IndicatorCellSet first = await snapshot.GetAsync(Audience.Public, Visits, Token);
        Assert.Same(first, await snapshot.GetAsync(Audience.Public, Visits, Token));

        // A newer vintage: the kept set stays until the run that computes it, then the next read has the new cells.
        await ImportAsync("b", Visits, null, (2023, 12, 0), (2024, 15, 0));
        Assert.Same(first, await snapshot.GetAsync(Audience.Public, Visits, Token));
        await Runner.RunAsync([Visits], "import", Token);

        IndicatorCellSet second = await snapshot.GetAsync(Audience.Public, Visits, Token);
        Assert.NotSame(first, second);
        Assert.Equal(15.0, second.Find(SampleGeography.Tapanila, Period.OfYear(2024), "total")!.Numerator);
        Assert.Equal(["2023", "2024"], second.Series(SampleGeography.Tapanila, "total").Select(c => c.Period.ToString()));
    }

    /// <summary>What a test compares of a cell: where it is, its numbers and what disclosure control shows.</summary>
    private static List<string> Describe(IEnumerable<StoredCell> cells) =>
        [.. cells.Select(c => FormattableString.Invariant($"{c.Area}|{c.Period}|{c.Breakdown}|{c.Numerator}|{c.Estimate?.Value}|{c.NoValueKind}|{c.Disclosure}|{c.DisclosureReason}|{c.VersusCity.At95}|{c.Rank}"))];

    private async Task ImportAsync(string content, IndicatorId indicator, DateTime? publishAt, params (int Year, double Numerator, double Denominator)[] years)
    {
        List<SourcedObservation> rows = [.. years.Select((year, i) => new SourcedObservation(
            new Observation(indicator, SampleGeography.Tapanila, Period.OfYear(year.Year), Breakdown.Total, year.Numerator, year.Denominator > 0 ? year.Denominator : null),
            i + 2))];
        CommitResult result = await new ImportBatchRepository(Store.DataSource, TimeProvider.System).CommitAsync(
            new ImportBatchHeader(indicator.Value, "file.csv", "hash-" + content, "mapping", "tester", publishAt),
            Rows(rows),
            [],
            new CommitOptions(),
            Token);
        Assert.Equal(CommitOutcome.Committed, result.Outcome);
    }

    private static async IAsyncEnumerable<SourcedObservation> Rows(IEnumerable<SourcedObservation> rows)
    {
        foreach (SourcedObservation row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
