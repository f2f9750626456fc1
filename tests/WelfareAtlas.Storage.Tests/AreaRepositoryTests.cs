using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests;

public abstract class AreaRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
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
    public async Task ReplaceAllAsync_Twice_KeepsOneCopy()
    {
        await Areas.ReplaceAllAsync(SampleGeography.Create(), TestContext.Current.CancellationToken);
        Assert.Equal(5, (await Areas.ListAsync(null, null, TestContext.Current.CancellationToken)).Count);
    }
}
