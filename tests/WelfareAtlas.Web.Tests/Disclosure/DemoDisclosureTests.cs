using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Disclosure;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Disclosure;

/// <summary>Disclosure control and its audit on every indicator of the demo, read back from the store the first start fills.</summary>
public sealed class DemoDisclosureTests(AtlasDemoWebFactory factory) : IClassFixture<AtlasDemoWebFactory>
{
    public static TheoryData<string> Indicators => [.. IndicatorCatalogue.All.Select(indicator => indicator.Id.Value)];

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task Protect_DemoIndicator_AuditPassesAndNoSmallCountIsPublished(string id)
    {
        Indicator indicator = IndicatorCatalogue.Get(id);
        (IReadOnlyList<Observation> observations, ProtectedTable table) = await ProtectAsync(indicator);

        Assert.True(table.Audit.Passed, $"{id}: {table.Audit.Failures.Count} hidden counts too narrow (first {(table.Audit.Failures.Count > 0 ? table.Audit.Failures[0] : null)}), {table.Audit.Inconsistent.Count} inconsistent.");
        DisclosureRule rule = indicator.Disclosure;
        var estimates = table.Estimates.ToHashSet();
        Assert.All(table.Cells.Zip(observations).Where(pair => !pair.First.IsHidden && !estimates.Contains(pair.First.Key)), pair =>
        {
            double? n = pair.Second.Numerator;
            Assert.False(n is > 0 && n < rule.MinimumNumerator, $"{id}: {pair.First.Key} published with numerator {n}.");
            Assert.False(n == 0 && !rule.ZeroPublishable && rule.MinimumNumerator > 0, $"{id}: {pair.First.Key} published a zero.");
            Assert.Equal(pair.Second, pair.First.Observation);
        });
    }

    [Fact]
    public async Task Protect_ChildWelfareSummedUpTheHierarchy_SuppressesAlongItAndPasses()
    {
        // The registers arrive by sub-district and the import sums them up to districts, major districts and the city:
        // the sensitive rule (numerators 1–9, zeros hidden) needs complementary suppression along the hierarchy, and
        // every hidden count keeps a range at least 10 wide.
        Indicator indicator = IndicatorCatalogue.Get("child-welfare-notifications");
        (IReadOnlyList<Observation> observations, _) = await ProtectAsync(indicator);
        IReadOnlyList<Area> areas = await new AreaRepository(factory.Services.GetRequiredService<AtlasStore>().DataSource)
            .ListAsync(null, null, TestContext.Current.CancellationToken);

        ProtectedTable table = DisclosureControl.Protect(indicator, observations, areas, [], Audience.Analyst);

        Assert.Contains(observations, o => o.Area.Value == "091");
        Assert.True(table.Count(CellState.PrimarySuppressed) > 0);
        Assert.True(table.Count(CellState.SecondarySuppressed) > 0);
        Assert.Contains(table.Relations, relation => relation.Kind == RelationKind.AreaHierarchy && relation.Total.Area.Value == "091");
        Assert.Empty(table.Contradicted);
        Assert.True(table.Audit.Passed, $"{table.Audit.Failures.Count} failures");
        Assert.All(table.Audit.Ranges, range => Assert.True(range.Range.Width >= 10 - 1e-6, range.ToString()));
    }

    [Fact]
    public async Task Protect_PaymentDefaults_CityAgainstPostalAreasAndEstimatesHiddenWithTheirSources()
    {
        // Delivered by postal area × sex × age band with no totals: the relation is the city (the sum of all postal
        // areas) per breakdown; sub-districts, districts and major districts are apportioned estimates.
        (_, ProtectedTable table) = await ProtectAsync(IndicatorCatalogue.Get("payment-defaults"));

        Assert.Equal([RelationKind.PostalAreas], table.Relations.Select(relation => relation.Kind).Distinct());
        Assert.Contains(table.Estimates, cell => cell.Area.Value.Length == 10);
        Assert.DoesNotContain(table.Estimates, cell => cell.Area.Value.Length == 5 || cell.Area.Value == "091");
        Assert.Contains(table.Cells, cell => cell.Reason == SuppressionReason.ApportionedFromHidden && cell.State == CellState.Suppressed);
        Assert.DoesNotContain(table.Cells, cell => cell.State is CellState.PrimarySuppressed or CellState.SecondarySuppressed);
        Assert.True(table.Audit.Passed);
    }

    private async Task<(IReadOnlyList<Observation> Observations, ProtectedTable Table)> ProtectAsync(Indicator indicator)
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        AtlasStore store = factory.Services.GetRequiredService<AtlasStore>();
        var inputs = new DisclosureInputRepository(store.DataSource);
        IReadOnlyList<Observation> observations = await inputs.ListCurrentAsync(indicator.Id, cancellationToken);
        IReadOnlyList<CrosswalkShare> shares = await inputs.ListCrosswalkSharesAsync(indicator.Id, cancellationToken);
        IReadOnlyList<Area> areas = await new AreaRepository(store.DataSource).ListAsync(null, null, cancellationToken);
        return (observations, DisclosureControl.Protect(indicator, observations, areas, shares, Audience.Public));
    }
}
