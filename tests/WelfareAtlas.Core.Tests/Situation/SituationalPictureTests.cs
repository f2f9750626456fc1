using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Situation;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.Core.Tests.Situation;

public sealed class SituationalPictureTests
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("payment-defaults");
    private static readonly IndicatorMethod Method = new(Indicator, Measure.Proportion, 100);
    private static readonly AreaCode City = AreaCode.Parse("091");
    private static readonly AreaCode District = AreaCode.Parse("0915503000");

    /// <summary>Eleven sub-districts 0915503301 … 0915503311 under one district under the city.</summary>
    private static readonly AreaCode[] SubDistricts = [.. Enumerable.Range(1, 11).Select(i => AreaCode.Parse($"0915503{300 + i}"))];

    private static readonly Dictionary<AreaCode, Area> Areas = new List<Area>
    {
        new(City, AreaType.City, LocalisedText.Same("Helsinki"), null),
        new(District, AreaType.District, LocalisedText.Same("Malmi"), City),
    }.Concat(SubDistricts.Select(code => new Area(code, AreaType.SubDistrict, LocalisedText.Same(code.Value), District))).ToDictionary(a => a.Code);

    private static Observation Counts(AreaCode area, int year, double share, double denominator = 2_000) =>
        new(Indicator, area, Period.OfYear(year), Breakdown.Total, share * denominator, denominator);

    /// <summary>
    /// 2016–2024 at 10 % everywhere (with small steady differences between sub-districts), except: sub-district 1
    /// climbs 10 → 26 % over the last five years (worse than the city and worsening); sub-district 2 jumps from
    /// 9.6 % to 20 % in 2024 alone; sub-district 3 sits at 40 % in 2024 (an outlier among its peers).
    /// </summary>
    private static IReadOnlyList<IndicatorCell> Cells()
    {
        List<Observation> observations = [];
        for (int year = 2016; year <= 2024; year++)
        {
            observations.Add(Counts(City, year, 0.10, 600_000));
            observations.Add(Counts(District, year, 0.10, 30_000));
            for (int i = 0; i < SubDistricts.Length; i++)
            {
                double share = 0.095 + (0.001 * i);
                if (i == 0 && year >= 2020)
                {
                    share = 0.10 + (0.04 * (year - 2020));
                }
                else if (i == 1 && year == 2024)
                {
                    share = 0.20;
                }
                else if (i == 2 && year == 2024)
                {
                    share = 0.40;
                }

                observations.Add(Counts(SubDistricts[i], year, share));
            }
        }

        return CellCalculator.Compute(Method, Areas, observations);
    }

    private static IReadOnlyList<SituationFinding> Picture() => SituationalPicture.Build(Cells(), _ => Polarity.LowerIsBetter);

    [Fact]
    public void Build_WorseAndWorsening_FindsTheClimbingArea()
    {
        SituationFinding finding = Assert.Single(Picture(), f => f.Kind == SituationKind.WorseAndWorsening);
        Assert.Equal(SubDistricts[0], finding.Area);
        Assert.Equal(Period.OfYear(2024), finding.Period);
        Assert.Equal(26.0, finding.Value, 9);
        Assert.Equal(10.0, finding.Reference!.Value, 9);
        Assert.True(finding.Worsening);
    }

    [Fact]
    public void Build_SignificantChange_FindsTheOneYearJumpAsAWorsening()
    {
        SituationFinding jump = Assert.Single(Picture(), f => f.Kind == SituationKind.SignificantChange && f.Area == SubDistricts[1]);
        Assert.Equal(9.6, jump.Reference!.Value, 9); // 0.095 + 0.001 for the second sub-district
        Assert.True(jump.Worsening);
        Assert.True(jump.Score > 3.09, $"z = {jump.Score}");
        Assert.Contains("up from 9.6 in 2023 to 20 (z = ", jump.Detail, StringComparison.Ordinal);
        Assert.Equal(Period.OfYear(2023), jump.ReferencePeriod);
    }

    [Fact]
    public void Build_SteadyAreas_HaveNoChangeFindings() =>
        Assert.DoesNotContain(Picture(), f => f.Kind == SituationKind.SignificantChange && Array.IndexOf(SubDistricts, f.Area) >= 3);

    [Fact]
    public void Build_NewHigh_ForTheAreasAtTheirPeak()
    {
        HashSet<AreaCode> highs = [.. Picture().Where(f => f.Kind == SituationKind.NewHigh).Select(f => f.Area)];
        Assert.Equal([SubDistricts[0], SubDistricts[1], SubDistricts[2]], highs.OrderBy(c => c.Value));
    }

    [Fact]
    public void Build_FindingsWithoutAScore_AreStrongestFirstByHowFarTheyAreFromWhatTheyAreSetAgainst()
    {
        // New highs have no score: they came in the order of the areas' codes, and "the 50 strongest" were the first 50.
        List<SituationFinding> highs = [.. Picture().Where(f => f.Kind == SituationKind.NewHigh)];
        Assert.True(highs.Count > 1);
        double[] distances = [.. highs.Select(f => Math.Abs(f.Value - f.Reference!.Value) / f.Reference!.Value)];
        Assert.Equal(distances.OrderDescending(), distances);
        Assert.NotEqual(highs.Select(f => f.Area).OrderBy(a => a.Value), highs.Select(f => f.Area));
    }

    [Fact]
    public void Build_Outlier_FlagsTheValueFarFromItsPeers()
    {
        SituationFinding outlier = Assert.Single(Picture(), f => f.Kind == SituationKind.Outlier && f.Period == Period.OfYear(2024) && f.Area == SubDistricts[2]);
        Assert.True(outlier.Score > SituationalPicture.OutlierThreshold);
        Assert.DoesNotContain(Picture(), f => f.Kind == SituationKind.Outlier && f.Area == SubDistricts[5]);
    }

    /// <summary>
    /// 2021M01–2025M12: everywhere 10 % a month but 20 % in December (a season); sub-district 1's December 2025 alone
    /// is 30 %, and sub-district 2's December rises two points a year.
    /// </summary>
    private static IReadOnlyList<IndicatorCell> SeasonalCells()
    {
        List<Observation> observations = [];
        for (int year = 2021; year <= 2025; year++)
        {
            for (int month = 1; month <= 12; month++)
            {
                Period period = Period.OfMonth(year, month);
                double season = month == 12 ? 0.20 : 0.10;
                observations.Add(new(Indicator, City, period, Breakdown.Total, season * 600_000, 600_000));
                for (int i = 0; i < SubDistricts.Length; i++)
                {
                    double share = (i, month) switch
                    {
                        (0, 12) when year == 2025 => 0.30,
                        (1, 12) => season + (0.02 * (year - 2021)),
                        _ => season,
                    };
                    observations.Add(new(Indicator, SubDistricts[i], period, Breakdown.Total, share * 2_000, 2_000));
                }
            }
        }

        return CellCalculator.Compute(Method, Areas, observations);
    }

    [Fact]
    public void Build_MonthlySeason_IsNoChangeNoTrendAndNoNewHigh_AYearOnYearRiseIs()
    {
        IReadOnlyList<SituationFinding> picture = SituationalPicture.Build(SeasonalCells(), _ => Polarity.LowerIsBetter);

        // November (10 %) to December (20 %) every year is the season; only December 2025 against December 2024 counts.
        SituationFinding change = Assert.Single(picture, f => f.Kind == SituationKind.SignificantChange);
        Assert.Equal(SubDistricts[0], change.Area);
        Assert.Equal(20.0, change.Reference!.Value, 9);
        Assert.Contains("in 2024M12 to 30", change.Detail, StringComparison.Ordinal);
        Assert.Equal(Period.OfMonth(2024, 12), change.ReferencePeriod);

        SituationFinding worsening = Assert.Single(picture, f => f.Kind == SituationKind.WorseAndWorsening);
        Assert.Equal(SubDistricts[1], worsening.Area);
        Assert.EndsWith("over the same month of the last five years", worsening.Detail, StringComparison.Ordinal);

        // December is every year's highest month: a new high only where it beats the earlier Decembers.
        Assert.Equal([SubDistricts[0], SubDistricts[1]], picture.Where(f => f.Kind == SituationKind.NewHigh).Select(f => f.Area).OrderBy(a => a.Value));
    }

    [Fact]
    public void Build_HigherIsBetter_TurnsTheSameRiseIntoNoWorsening()
    {
        IReadOnlyList<SituationFinding> picture = SituationalPicture.Build(Cells(), _ => Polarity.HigherIsBetter);
        Assert.DoesNotContain(picture, f => f.Kind == SituationKind.WorseAndWorsening);
        Assert.False(Assert.Single(picture, f => f.Kind == SituationKind.SignificantChange && f.Area == SubDistricts[1]).Worsening);
    }

    private static SituationInput Input(IReadOnlyList<ObservationRevision> revisions, IReadOnlyDictionary<ObservationKey, long>? batches = null) =>
        new([.. Cells()], _ => Polarity.LowerIsBetter, new Dictionary<IndicatorId, IndicatorMethod> { [Indicator] = Method }, batches ?? new Dictionary<ObservationKey, long>(), revisions);

    [Fact]
    public void Build_Revision_FlagsTheSignificantOneWithBothBatches()
    {
        // Sub-district 5's 2024 value was 6.0 % in batch 7 and is 9.9 % in batch 9: z ≈ 4.5 with 2 000 people each.
        // Sub-district 6's was revised from 9.5 % to 10.0 %: well inside sampling noise.
        ObservationRevision big = new(Counts(SubDistricts[4], 2024, 0.099), 9, Counts(SubDistricts[4], 2024, 0.06), 7);
        ObservationRevision small = new(Counts(SubDistricts[5], 2024, 0.100), 9, Counts(SubDistricts[5], 2024, 0.095), 7);

        IReadOnlyList<SituationFinding> picture = SituationalPicture.Build(Input([big, small]));

        SituationFinding revision = Assert.Single(picture, f => f.Kind == SituationKind.SignificantRevision);
        Assert.Equal(SubDistricts[4], revision.Area);
        Assert.Equal(Period.OfYear(2024), revision.Period);
        Assert.Equal(9.9, revision.Value, 9);
        Assert.Equal(6.0, revision.Reference!.Value, 9);
        Assert.Equal(9, revision.Batch);
        Assert.Equal(7, revision.PreviousBatch);
        Assert.True(revision.Worsening);
        Assert.InRange(revision.Score!.Value, 4.0, 5.0);
        Assert.StartsWith("revised up from 6 (batch 7) to 9.9 (batch 9)", revision.Detail, StringComparison.Ordinal);
        Assert.Null(revision.ReferencePeriod); // the same period, an earlier delivery
    }

    [Fact]
    public void Build_RevisionOfAnIndicatorWithoutMethod_IsSkipped()
    {
        ObservationRevision big = new(Counts(SubDistricts[4], 2024, 0.099), 9, Counts(SubDistricts[4], 2024, 0.06), 7);
        SituationInput input = Input([big]) with { Methods = new Dictionary<IndicatorId, IndicatorMethod>() };
        Assert.DoesNotContain(SituationalPicture.Build(input), f => f.Kind == SituationKind.SignificantRevision);
    }

    [Fact]
    public void Build_RevisionPairingDifferentNumbers_ThrowsNamingBoth()
    {
        ObservationRevision wrong = new(Counts(SubDistricts[4], 2024, 0.099), 9, Counts(SubDistricts[4], 2023, 0.06), 7);
        ArgumentException error = Assert.Throws<ArgumentException>(() => SituationalPicture.Build(Input([wrong])));
        Assert.Contains("0915503305 2024 total (batch 9)", error.Message, StringComparison.Ordinal);
        Assert.Contains("batch 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Outlier_NamesTheBatchItCameFrom()
    {
        Dictionary<ObservationKey, long> batches = new() { [new ObservationKey(Indicator, SubDistricts[2], Period.OfYear(2024), "total")] = 42 };

        SituationFinding outlier = Assert.Single(SituationalPicture.Build(Input([], batches)), f => f.Kind == SituationKind.Outlier && f.Area == SubDistricts[2] && f.Period == Period.OfYear(2024));

        Assert.Equal(42, outlier.Batch);
        Assert.Null(outlier.PreviousBatch);
    }

    [Fact]
    public void ByArea_EachAreaGetsOnlyItsOwnFindings()
    {
        IReadOnlyList<SituationFinding> picture = Picture();

        IReadOnlyDictionary<AreaCode, IReadOnlyList<SituationFinding>> byArea = SituationalPicture.ByArea(picture);

        IReadOnlyList<SituationFinding> climbing = byArea[SubDistricts[0]];
        Assert.All(climbing, f => Assert.Equal(SubDistricts[0], f.Area));
        Assert.Contains(climbing, f => f.Kind == SituationKind.WorseAndWorsening);
        Assert.Contains(climbing, f => f.Kind == SituationKind.NewHigh);
        Assert.Equal(picture.Count, byArea.Values.Sum(f => f.Count));
    }

    [Fact]
    public void WorseAndWorseningChanges_EnteredAndLeft_ButNotStaying()
    {
        IReadOnlyList<SituationFinding> picture = Picture();

        WorseAndWorseningChange entered = Assert.Single(SituationalPicture.WorseAndWorseningChanges([], picture));
        Assert.True(entered.Entered);
        Assert.Equal(SubDistricts[0], entered.Finding.Area);

        WorseAndWorseningChange left = Assert.Single(SituationalPicture.WorseAndWorseningChanges(picture, []));
        Assert.False(left.Entered);

        // Still on the list a period later: no change to alert about.
        SituationFinding later = entered.Finding with { Period = Period.OfYear(2025) };
        Assert.Empty(SituationalPicture.WorseAndWorseningChanges(picture, [later]));
    }
}
