using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using static WelfareAtlas.Core.Tests.Disclosure.Cells;

namespace WelfareAtlas.Core.Tests.Disclosure;

public sealed class DisclosureControlTests
{
    private static readonly Breakdown Female = Breakdown.Total with { Sex = Sex.Female };
    private static readonly Breakdown Male = Breakdown.Total with { Sex = Sex.Male };

    [Fact]
    public void Protect_OneSmallSubDistrict_HidesTheNextSmallestSibling()
    {
        // District 32 = 2 + 10 + 20: the 2 alone could be recovered as 32 − 10 − 20, so the 10 goes too.
        // Then 2 and 10 are known only to add up to 12: each anywhere in [0, 12], wider than 5.
        ProtectedTable table = Protect(
            OneDistrict(3),
            Count(SubDistrict(1), 2), Count(SubDistrict(2), 10), Count(SubDistrict(3), 20),
            Count("0911010000", 32), Count("0911000000", 32), Count("091", 32));

        Assert.Equal(CellState.PrimarySuppressed, StateOf(table, SubDistrict(1)));
        Assert.Equal(CellState.SecondarySuppressed, StateOf(table, SubDistrict(2)));
        Assert.Equal(CellState.Published, StateOf(table, SubDistrict(3)));
        Assert.Equal(CellState.Published, StateOf(table, "0911010000"));
        Assert.True(table.Audit.Passed);
        CellRange small = Assert.Single(table.Audit.Ranges, range => range.Cell == Key(SubDistrict(1)));
        Assert.Equal(new ValueRange(0, 12), small.Range);
    }

    [Fact]
    public void Protect_TwoSmallSiblingsSummingBelowTheWidth_HidesMore()
    {
        // 1 + 2 + 30 = 33: hiding the two small ones leaves their sum 3 known, so each lies in [0, 3] — too narrow.
        // The next smallest publishable cell (the 30) must go, and then the district (else 33 − nothing reveals the sum).
        ProtectedTable table = Protect(
            OneDistrict(3),
            Count(SubDistrict(1), 1), Count(SubDistrict(2), 2), Count(SubDistrict(3), 30),
            Count("0911010000", 33), Count("0911000000", 33), Count("091", 33));

        Assert.Equal(CellState.SecondarySuppressed, StateOf(table, SubDistrict(3)));
        Assert.True(table.Audit.Passed, string.Join("; ", table.Audit.Failures));
        Assert.All(table.Audit.Ranges, range => Assert.True(range.Range.Width >= 5));
    }

    [Fact]
    public void Protect_SexBreakdownAcrossAreas_ProtectsTheRectangle()
    {
        // Two sub-districts × (female, male, total) plus district totals. Sub-district 1 has 3 women: hidden.
        // Subtraction along sex and along the hierarchy must both fail, so a rectangle of four cells is hidden.
        Observation[] observations =
        [
            Count(SubDistrict(1), 3, breakdown: Female), Count(SubDistrict(1), 40, breakdown: Male), Count(SubDistrict(1), 43),
            Count(SubDistrict(2), 50, breakdown: Female), Count(SubDistrict(2), 60, breakdown: Male), Count(SubDistrict(2), 110),
            Count("0911010000", 53, breakdown: Female), Count("0911010000", 100, breakdown: Male), Count("0911010000", 153),
        ];
        ProtectedTable table = Protect([.. OneDistrict(2).Where(a => a.Type != AreaType.City && a.Type != AreaType.MajorDistrict)], observations);

        Assert.True(table.Audit.Passed, string.Join("; ", table.Audit.Failures));
        Assert.Equal(CellState.PrimarySuppressed, StateOf(table, SubDistrict(1), Female));
        Assert.True(table.Count(CellState.SecondarySuppressed) >= 3);
        CellRange women = Assert.Single(table.Audit.Ranges, range => range.Cell == Key(SubDistrict(1), Female));
        Assert.True(women.Range.Width >= 5, women.ToString());
    }

    [Fact]
    public void Protect_PublicAudience_HiddenCellsLoseEveryNumberAndLookAlike()
    {
        // The analyst sees that sub-district 1 is the small one; the public must not, or it would know it is 1–4.
        ProtectedTable table = DisclosureControl.Protect(
            Register,
            [Count(SubDistrict(1), 2), Count(SubDistrict(2), 10), Count(SubDistrict(3), 20), Count("0911010000", 32)],
            OneDistrict(3),
            [],
            Audience.Public);

        ProtectedCell small = table.Cells.Single(cell => cell.Key == Key(SubDistrict(1)));
        ProtectedCell complement = table.Cells.Single(cell => cell.Key == Key(SubDistrict(2)));
        Assert.True(small.IsHidden && complement.IsHidden);
        Assert.Null(small.Observation.Numerator);
        Assert.Null(small.Observation.Denominator);
        Assert.Null(complement.Observation.Numerator);
        Assert.Equal((CellState.Suppressed, SuppressionReason.Confidential), (small.State, small.Reason));
        Assert.Equal((CellState.Suppressed, SuppressionReason.Confidential), (complement.State, complement.Reason));

        // The audit travels with the table: its ranges, but not the true counts inside them.
        Assert.Equal(2, table.Audit.Ranges.Count);
        Assert.All(table.Audit.Ranges, range => Assert.Null(range.Value));
    }

    [Fact]
    public void Protect_AnalystAudience_KeepsTheNumbersAndTheSameStates()
    {
        Observation[] observations = [Count(SubDistrict(1), 2), Count(SubDistrict(2), 10), Count(SubDistrict(3), 20), Count("0911010000", 32)];
        ProtectedTable analyst = DisclosureControl.Protect(Register, observations, OneDistrict(3), [], Audience.Analyst);
        ProtectedTable published = DisclosureControl.Protect(Register, observations, OneDistrict(3), [], Audience.Public);

        Assert.Equal(observations, analyst.Cells.Select(cell => cell.Observation));
        Assert.Equal(
            [CellState.PrimarySuppressed, CellState.SecondarySuppressed, CellState.Published, CellState.Published],
            analyst.Cells.Select(cell => cell.State));
        Assert.Equal(
            [CellState.Suppressed, CellState.Suppressed, CellState.Published, CellState.Published],
            published.Cells.Select(cell => cell.State));
    }

    [Fact]
    public void Protect_PooledYears_ProtectsTheSingleYearBehindThePool()
    {
        // 2021–2023 = 3 + 20 + 25: the 3 of 2022 would be the pool minus the others.
        var pool = WelfareAtlas.Periods.Period.OfPooledYears(2021, 2023);
        ProtectedTable table = Protect(
            [Area(SubDistrict(1), AreaType.SubDistrict, null)],
            Count(SubDistrict(1), 20, period: WelfareAtlas.Periods.Period.OfYear(2021)),
            Count(SubDistrict(1), 3, period: WelfareAtlas.Periods.Period.OfYear(2022)),
            Count(SubDistrict(1), 25, period: WelfareAtlas.Periods.Period.OfYear(2023)),
            Count(SubDistrict(1), 48, period: pool));

        Assert.Equal(RelationKind.PooledYears, Assert.Single(table.Relations).Kind);
        Assert.Equal(CellState.SecondarySuppressed, StateOf(table, SubDistrict(1), period: WelfareAtlas.Periods.Period.OfYear(2021)));
        Assert.True(table.Audit.Passed);
    }

    [Fact]
    public void Protect_ZeroUnderRuleThatHidesZeros_PrimarySuppressed()
    {
        ProtectedTable table = Protect(OneDistrict(2), Count(SubDistrict(1), 0), Count(SubDistrict(2), 40), Count("0911010000", 40));

        Assert.Equal(SuppressionReason.ZeroNotPublishable, table.Cells.Single(cell => cell.Key == Key(SubDistrict(1))).Reason);
        // The zero's only sibling and the district: hiding one of them leaves 40 = x + y with both hidden, x ∈ [0, 40].
        Assert.True(table.Audit.Passed);
    }

    [Fact]
    public void Protect_ObservationOfAnotherIndicator_ThrowsNamingIt()
    {
        Observation foreign = Count(SubDistrict(1), 7) with { Indicator = IndicatorId.Parse("school-absence") };

        ArgumentException error = Assert.Throws<ArgumentException>(() => Protect(OneDistrict(1), foreign));

        Assert.Contains("school-absence", error.Message, StringComparison.Ordinal);
        Assert.Contains(SubDistrict(1), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Protect_SameCellTwice_ThrowsNamingTheCell()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Protect(OneDistrict(1), Count(SubDistrict(1), 7), Count(SubDistrict(1), 8)));

        Assert.Contains($"{SubDistrict(1)}/2024/total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Protect_GivenValueIndicator_OnlyPrimaryByDenominator()
    {
        // Shares of spending given as values: no counts, so no relations; 150 baskets is below a minimum of 200.
        Indicator grocery = WelfareAtlas.Indicators.Catalogue.IndicatorCatalogue.Get("grocery-sweets") with
        {
            Measure = Measure.Value,
            Multiplier = 1,
            Disclosure = new DisclosureRule(0, 200, true),
        };
        Observation small = new(grocery.Id, Code("00100"), Year, Breakdown.Total, null, 150, Value: 4.2);
        Observation large = small with { Area = Code("00120"), Denominator = 900 };

        ProtectedTable table = DisclosureControl.Protect(grocery, [small, large], [], Audience.Analyst);
        ProtectedTable published = DisclosureControl.Protect(grocery, [small, large], [], Audience.Public);

        Assert.Equal([CellState.PrimarySuppressed, CellState.Published], table.Cells.Select(cell => cell.State));
        Assert.Equal(SuppressionReason.DenominatorBelowMinimum, table.Cells[0].Reason);
        Assert.Null(published.Cells[0].Observation.Value);
        Assert.Empty(table.Audit.Ranges);
    }

    [Fact]
    public void Protect_ApportionedSubDistricts_HiddenExactlyWhenTheirPostalAreaIs()
    {
        // 00100 (3, hidden) and 00120 (40) make the city 43: the city total would give 00100 away, so 00120 goes too
        // (and with it the city's protection: 3 + 40 = 43 with both hidden leaves each in [0, 43]). Sub-district 1 is
        // apportioned from 00100 and is hidden with it although its estimate (1.5) is not a count of people; sub-district
        // 2, from 00120 only, is hidden because 00120 is.
        IReadOnlyList<Area> areas =
        [
            .. OneDistrict(2), Area("00100", AreaType.PostalArea, "091"), Area("00120", AreaType.PostalArea, "091"),
        ];
        CrosswalkShare[] shares =
        [
            new(Year, Code("00100"), Code(SubDistrict(1)), 0.5),
            new(Year, Code("00100"), Code(SubDistrict(2)), 0.5),
            new(Year, Code("00120"), Code(SubDistrict(2)), 1),
        ];
        Observation[] observations =
        [
            Count("00100", 3), Count("00120", 40), Count("091", 43),
            Count(SubDistrict(1), 1.5), Count(SubDistrict(2), 41.5), Count("0911010000", 43), Count("0911000000", 43),
        ];

        ProtectedTable table = DisclosureControl.Protect(Register, observations, areas, shares, Audience.Analyst);

        Assert.Equal(CellState.PrimarySuppressed, StateOf(table, "00100"));
        Assert.Equal(CellState.SecondarySuppressed, StateOf(table, "00120"));
        Assert.Equal(CellState.Published, StateOf(table, "091"));
        Assert.Equal(SuppressionReason.ApportionedFromHidden, table.Cells.Single(cell => cell.Key == Key(SubDistrict(1))).Reason);
        Assert.Equal(SuppressionReason.ApportionedFromHidden, table.Cells.Single(cell => cell.Key == Key("0911010000")).Reason);
        Assert.True(table.Audit.Passed);
    }

    private static ProtectedTable Protect(IReadOnlyList<Area> areas, params Observation[] observations) =>
        DisclosureControl.Protect(Register, observations, areas, [], Audience.Analyst);
}
