using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Auditing;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Tests.Batches;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests;

public abstract class AreaRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Population = IndicatorId.Parse("population");

    private AreaRepository Areas => new(Store.DataSource);

    protected override Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken) =>
        new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);

    [Fact]
    public async Task FindAsync_KnownCode_ReturnsNamesTypeAndParent()
    {
        Area? tapanila = await Areas.FindAsync(SampleGeography.Tapanila, TestContext.Current.CancellationToken);
        Assert.NotNull(tapanila);
        Assert.Equal(AreaType.SubDistrict, tapanila.Type);
        Assert.Equal("Mosabacka", tapanila.Names.Sv);
        Assert.Equal(SampleGeography.Malmi, tapanila.Parent);
    }

    [Fact]
    public async Task FindAsync_UnknownCode_ReturnsNull() =>
        Assert.Null(await Areas.FindAsync(AreaCode.Parse("0919999999"), TestContext.Current.CancellationToken));

    [Fact]
    public async Task ListAsync_ByType_ReturnsOnlyThatType() =>
        Assert.Equal([SampleGeography.Postal00730], (await Areas.ListAsync(AreaType.PostalArea, null, TestContext.Current.CancellationToken)).Select(a => a.Code));

    [Fact]
    public async Task ListAsync_ByParent_ReturnsChildren() =>
        Assert.Equal(
            [SampleGeography.Koillinen, SampleGeography.Postal00730],
            (await Areas.ListAsync(null, SampleGeography.City, TestContext.Current.CancellationToken)).Select(a => a.Code));

    [Fact]
    public async Task ListAsync_NoFilter_OrdersLargestTypeFirst() =>
        Assert.Equal(
            [AreaType.City, AreaType.MajorDistrict, AreaType.District, AreaType.SubDistrict, AreaType.PostalArea],
            (await Areas.ListAsync(null, null, TestContext.Current.CancellationToken)).Select(a => a.Type));

    [Fact]
    public async Task FindShapeAsync_AreaWithShape_ReturnsGeoJson()
    {
        string? shape = await Areas.FindShapeAsync(SampleGeography.Tapanila, TestContext.Current.CancellationToken);
        Assert.StartsWith("""{"type":"Polygon""", shape, StringComparison.Ordinal);
        Assert.Null(await Areas.FindShapeAsync(SampleGeography.City, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ListOverlapsAsync_ReturnsStoredShares()
    {
        AreaOverlap overlap = Assert.Single(await Areas.ListOverlapsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(new AreaOverlap(SampleGeography.Postal00730, SampleGeography.Tapanila, 0.75, OverlapBasis.Area), overlap);
    }

    [Fact]
    public async Task ListPopulationAsync_DeliveredCurrentAvailableTotals_ByAreaAndYear()
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        await TestIndicators.InsertAsync(Store.DataSource, "population", "count");
        ImportBatchRepository batches = new(Store.DataSource, TimeProvider.System);
        DateTime now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        SourcedObservation female = new(new Observation(Population, SampleGeography.Tapanila, Period.OfYear(2022), new Breakdown(Sex.Female, AgeBand.All), 2600, null), 4);
        SourcedObservation suppressed = new(new Observation(Population, SampleGeography.Tapanila, Period.OfYear(2020), Breakdown.Total, null, null, Status: ObservationStatus.SuppressedBySource, SourceSymbol: "."), 5);
        await batches.CommitAsync(
            Header("a", "sub-districts"),
            TestRows.Of(Count(SampleGeography.Tapanila, 2022, 5000, 2), Count(SampleGeography.Tapanila, 2023, 5100, 3), female, suppressed, Count(SampleGeography.Malmi, 2018, 9000, 6)),
            [],
            new CommitOptions(),
            token);
        // A newer batch of the source supersedes 2023.
        await batches.CommitAsync(Header("b", "sub-districts"), TestRows.Of(Count(SampleGeography.Tapanila, 2023, 5200, 2)), [], new CommitOptions(), token);
        // Apportioned from the postal area: derived, not delivered.
        await batches.CommitAsync(
            Header("c", "postal"),
            TestRows.Of(Count(SampleGeography.Postal00730, 2021, 7000, 2)),
            [],
            new CommitOptions { Crosswalk = new CrosswalkPlan([new CrosswalkWeight(2021, SampleGeography.Postal00730, SampleGeography.Tapanila, 1.0, OverlapBasis.Population)]) },
            token);
        // Embargoed until after now.
        await batches.CommitAsync(Header("d", "embargoed") with { PublishAt = now.AddDays(1) }, TestRows.Of(Count(SampleGeography.Tapanila, 2019, 4900, 2)), [], new CommitOptions(), token);

        IReadOnlyDictionary<AreaCode, IReadOnlyDictionary<int, double>> population =
            await Areas.ListPopulationAsync(Population, AreaType.SubDistrict, now, token);
        IReadOnlyDictionary<AreaCode, IReadOnlyDictionary<int, double>> published =
            await Areas.ListPopulationAsync(Population, AreaType.SubDistrict, now.AddDays(2), token);

        Assert.Equal([SampleGeography.Tapanila], population.Keys);
        Assert.Equal([(2022, 5000.0), (2023, 5200.0)], population[SampleGeography.Tapanila].OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
        Assert.Equal([2019, 2022, 2023], published[SampleGeography.Tapanila].Keys.Order());
        Assert.Equal(9000.0, (await Areas.ListPopulationAsync(Population, AreaType.District, now, token))[SampleGeography.Malmi][2018]);
    }

    [Fact]
    public async Task ReplaceAllAsync_Twice_KeepsOneCopy()
    {
        await Areas.ReplaceAllAsync(SampleGeography.Create(), TestContext.Current.CancellationToken);
        Assert.Equal(5, (await Areas.ListAsync(null, null, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task AddAsync_NewDivision_AddsItsAreasAndCrosswalkBesideTheExisting()
    {
        AreaCode city = AreaCode.Parse("9990010000");
        AreaCode postal = AreaCode.Parse("9990019001");
        GeographyDataset added = new(
            [
                new Area(city, AreaType.City, Localisation.LocalisedText.Same("Synteettinen kunta 001"), null),
                new Area(postal, AreaType.PostalArea, Localisation.LocalisedText.Same("Postinumeroalue 9001"), city),
                new Area(AreaCode.Parse("9990011000"), AreaType.MajorDistrict, Localisation.LocalisedText.Same("Suurpiiri 1"), city),
                new Area(AreaCode.Parse("9990011100"), AreaType.District, Localisation.LocalisedText.Same("Peruspiiri 11"), AreaCode.Parse("9990011000")),
                new Area(AreaCode.Parse("9990011101"), AreaType.SubDistrict, Localisation.LocalisedText.Same("Osa-alue 1101"), AreaCode.Parse("9990011100")),
            ],
            new Dictionary<AreaCode, string>(),
            [new AreaOverlap(postal, AreaCode.Parse("9990011101"), 1.0, OverlapBasis.Area)]);

        IReadOnlyList<AreaCode> clashes = await Areas.AddAsync(added, "synthetic.json", "cli:steward", TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Empty(clashes);
        AuditEntry entry = Assert.Single(await new AuditLog(Store.DataSource, TimeProvider.System).ListAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal(("cli:steward", "areas-added", "synthetic.json", "5 areas, 1 crosswalk rows"), (entry.Actor, entry.Action, entry.Subject, entry.Detail));
        Assert.Equal(10, (await Areas.ListAsync(null, null, TestContext.Current.CancellationToken)).Count);
        Assert.Equal([postal], (await Areas.ListAsync(AreaType.PostalArea, city, TestContext.Current.CancellationToken)).Select(a => a.Code));
        Assert.Equal(2, (await Areas.ListOverlapsAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task AddAsync_CodeAlreadyInTheStore_AddsNothingAndNamesIt()
    {
        AreaCode city = AreaCode.Parse("9990010000");
        GeographyDataset clashing = new(
            [
                new Area(city, AreaType.City, Localisation.LocalisedText.Same("Synteettinen kunta 001"), null),
                new Area(SampleGeography.Postal00730, AreaType.PostalArea, Localisation.LocalisedText.Same("Toinen 00730"), city),
            ],
            new Dictionary<AreaCode, string>(),
            []);

        IReadOnlyList<AreaCode> clashes = await Areas.AddAsync(clashing, "clashing.json", "cli:steward", TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal([SampleGeography.Postal00730], clashes);
        Assert.Empty(await new AuditLog(Store.DataSource, TimeProvider.System).ListAsync(10, TestContext.Current.CancellationToken));
        Assert.Null(await Areas.FindAsync(city, TestContext.Current.CancellationToken));
        Assert.Equal(5, (await Areas.ListAsync(null, null, TestContext.Current.CancellationToken)).Count);
    }

    private static ImportBatchHeader Header(string content, string source) => new(source, "file.csv", "hash-" + content, "mapping", "tester");

    private static SourcedObservation Count(AreaCode area, int year, double count, int line) => TestRows.Count(area, year, count, line);
}
