using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Core.Tests.ProfileCells;

/// <summary>The public's cells of an indicator with hidden counts (<see cref="PublicCells"/>), as the compute run makes them.</summary>
public sealed class PublicCellsTests
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("social-assistance");
    private static readonly IndicatorMethod Percentage = new(Indicator, Measure.Proportion, 100);
    private static readonly AreaCode City = AreaCode.Parse("091");
    private static readonly AreaCode Malmi = AreaCode.Parse("0915503000");
    private static readonly AreaCode[] SubDistricts = [.. new[] { "0915503381", "0915503382", "0915503383" }.Select(AreaCode.Parse)];

    private static readonly Dictionary<AreaCode, Area> Areas = new List<Area>
    {
        new(City, AreaType.City, LocalisedText.Same("Helsinki"), null),
        new(Malmi, AreaType.District, LocalisedText.Same("Malmi"), City),
        new(SubDistricts[0], AreaType.SubDistrict, LocalisedText.Same("a"), Malmi),
        new(SubDistricts[1], AreaType.SubDistrict, LocalisedText.Same("b"), Malmi),
        new(SubDistricts[2], AreaType.SubDistrict, LocalisedText.Same("c"), Malmi),
    }.ToDictionary(area => area.Code);

    [Fact]
    public void Of_AuditPassed_IsWhatThePublicSeesOfTheCell()
    {
        Observation observation = Counts(SubDistricts[0], 2024, 3, 120);
        ProtectedCell published = new(observation, CellState.Published, SuppressionReason.None);
        ProtectedCell small = new(observation, CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum);

        Assert.Same(published, PublicCells.Of(published, auditPassed: true));
        Assert.Equal(DisclosureControl.ForPublic(small), PublicCells.Of(small, auditPassed: true));
    }

    [Fact]
    public void Of_AuditFailed_WithholdsEveryCountAndKeepsAnUnavailableCellAsItIs()
    {
        Observation observation = Counts(SubDistricts[0], 2024, 30, 120);
        ProtectedCell published = new(observation, CellState.Published, SuppressionReason.None);
        ProtectedCell unavailable = new(observation with { Numerator = null, Denominator = null }, CellState.Unavailable, SuppressionReason.Missing);

        ProtectedCell withheld = PublicCells.Of(published, auditPassed: false);
        ProtectedCell stillUnavailable = PublicCells.Of(unavailable, auditPassed: false);

        Assert.Equal(CellState.Suppressed, withheld.State);
        Assert.Equal(SuppressionReason.Confidential, withheld.Reason);
        Assert.Null(withheld.Observation.Numerator);
        Assert.Null(withheld.Observation.Denominator);
        Assert.Equal(CellState.Unavailable, stillUnavailable.State);
        Assert.Equal(SuppressionReason.Missing, stillUnavailable.Reason);
    }

    [Fact]
    public void Compute_HiddenCell_HasNoValueWhileTheOthersKeepTheAnalystsEstimates()
    {
        List<Observation> observations =
        [
            Counts(City, 2024, 6_000, 60_000),
            Counts(Malmi, 2024, 300, 3_000),
            Counts(SubDistricts[0], 2024, 2, 1_000),
            Counts(SubDistricts[1], 2024, 148, 1_000),
            Counts(SubDistricts[2], 2024, 150, 1_000),
        ];
        IReadOnlyList<IndicatorCell> analysts = CellCalculator.Compute(Percentage, Areas, observations);
        ProtectedCell[] published =
        [
            .. observations.Select((observation, i) => PublicCells.Of(
                i == 2 ? new ProtectedCell(observation, CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum)
                    : i == 3 ? new ProtectedCell(observation, CellState.SecondarySuppressed, SuppressionReason.Complementary)
                    : new ProtectedCell(observation, CellState.Published, SuppressionReason.None),
                auditPassed: true)),
        ];

        IReadOnlyList<IndicatorCell> cells = PublicCells.Compute(Percentage, Areas, published, observations, analysts);

        IndicatorCell OfArea(IReadOnlyList<IndicatorCell> list, AreaCode area) => list.Single(cell => cell.Area == area);
        foreach (AreaCode hidden in (AreaCode[])[SubDistricts[0], SubDistricts[1]])
        {
            Assert.Null(OfArea(cells, hidden).Estimate);
            Assert.Contains("suppressed to protect privacy", OfArea(cells, hidden).NoValue!.Message, StringComparison.Ordinal);
        }

        // A published observation is the analysts' own object, so its estimate is theirs, not computed again.
        Assert.Same(OfArea(analysts, SubDistricts[2]).Estimate, OfArea(cells, SubDistricts[2]).Estimate);
        Assert.Same(OfArea(analysts, City).Estimate, OfArea(cells, City).Estimate);
        // The sub-district's rank among its peers counts only the areas the public sees with a value.
        Assert.Equal(3, OfArea(analysts, SubDistricts[2]).PeerCount);
        Assert.Equal(1, OfArea(cells, SubDistricts[2]).PeerCount);
    }

    private static Observation Counts(AreaCode area, int year, double numerator, double denominator) =>
        new(Indicator, area, Period.OfYear(year), Breakdown.Total, numerator, denominator);
}
