using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.ConfidenceIntervals;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Core.Tests.ProfileCells;

public sealed class CellCalculatorTests
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("social-assistance");
    private static readonly IndicatorMethod Percentage = new(Indicator, Measure.Proportion, 100);
    private static readonly AreaCode City = AreaCode.Parse("091");
    private static readonly AreaCode Major = AreaCode.Parse("0915000000");
    private static readonly AreaCode Malmi = AreaCode.Parse("0915503000");
    private static readonly AreaCode[] SubDistricts = [.. new[] { "0915503381", "0915503382", "0915503383", "0915503384", "0915503385", "0915503392" }.Select(AreaCode.Parse)];

    private static readonly Dictionary<AreaCode, Area> Areas = BuildAreas();

    private static Dictionary<AreaCode, Area> BuildAreas()
    {
        List<Area> areas =
        [
            new(City, AreaType.City, LocalisedText.Same("Helsinki"), null),
            new(Major, AreaType.MajorDistrict, LocalisedText.Same("Koillinen"), City),
            new(Malmi, AreaType.District, LocalisedText.Same("Malmi"), Major),
            .. SubDistricts.Select(code => new Area(code, AreaType.SubDistrict, LocalisedText.Same(code.Value), Malmi)),
        ];
        return areas.ToDictionary(a => a.Code);
    }

    private static Observation Counts(AreaCode area, int year, double numerator, double denominator) =>
        new(Indicator, area, Period.OfYear(year), Breakdown.Total, numerator, denominator);

    /// <summary>
    /// 2020–2024: the city and Malmi at 10 %; sub-districts at 5, 8, 10, 10, 12 % of 2 000 people, and the last
    /// (Tapanila) rising 10 → 18 % over the five years.
    /// </summary>
    private static List<Observation> FiveYears()
    {
        List<Observation> observations = [];
        double[] shares = [0.05, 0.08, 0.10, 0.10, 0.12];
        for (int year = 2020; year <= 2024; year++)
        {
            observations.Add(Counts(City, year, 60_000, 600_000));
            observations.Add(Counts(Malmi, year, 3_000, 30_000));
            for (int i = 0; i < shares.Length; i++)
            {
                observations.Add(Counts(SubDistricts[i], year, shares[i] * 2_000, 2_000));
            }

            observations.Add(Counts(SubDistricts[5], year, (0.10 + (0.02 * (year - 2020))) * 2_000, 2_000));
        }

        return observations;
    }

    private static IndicatorCell Cell(IReadOnlyList<IndicatorCell> cells, AreaCode area, int year) =>
        Assert.Single(cells, c => c.Area == area && c.Period == Period.OfYear(year));

    [Fact]
    public void Compute_Proportion_UsesWilsonOnThePercentageScale()
    {
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(Percentage, Areas, FiveYears());
        IndicatorCell cell = Cell(cells, SubDistricts[0], 2024);
        Estimate expected = Proportion.Compute(100, 2_000, 100).Value!;
        Assert.Equal(expected, cell.Estimate);
        Assert.Equal(5.0, cell.Estimate!.Value, 12);
        Assert.Equal(IntervalMethod.Wilson, cell.Estimate.Method);
        Assert.Null(cell.NoValue);
    }

    [Fact]
    public void Compute_Comparisons_AgainstCityAndParent()
    {
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(Percentage, Areas, FiveYears());

        // 5 % of 2 000 is well below the city's 10 %; 10 % is the city's own value.
        IndicatorCell low = Cell(cells, SubDistricts[0], 2024);
        Assert.Equal(Significance.Lower, low.VersusCity.At95);
        Assert.Equal(Significance.Lower, low.VersusCity.At998);
        Assert.Equal(City, low.VersusCity.Benchmark);
        Assert.Equal(10.0, low.VersusCity.BenchmarkValue!.Value, 12);
        Assert.Equal(Malmi, low.VersusParent.Benchmark);
        Assert.Equal(Significance.Similar, Cell(cells, SubDistricts[2], 2024).VersusCity.At95);
        Assert.Equal(Significance.Higher, Cell(cells, SubDistricts[5], 2024).VersusParent.At95);
    }

    [Fact]
    public void Compute_Counts_AreNotComparedWithTheCityOrParent_ButKeepTheirValueRankAndTrend()
    {
        IndicatorMethod people = new(Indicator, Measure.Count, 1);
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(people, Areas, FiveYears());
        IndicatorCell cell = Cell(cells, SubDistricts[5], 2024);

        // 360 against the city's 60 000: "lower" only because the sub-district is smaller.
        Assert.Equal(Significance.NotCompared, cell.VersusCity.At95);
        Assert.Equal(Significance.NotCompared, cell.VersusParent.At998);
        Assert.Equal("a count is not compared with a larger area's count", cell.VersusCity.Reason);
        Assert.Equal(60_000, cell.VersusCity.BenchmarkValue);
        Assert.Equal(3_000, cell.VersusParent.BenchmarkValue);
        Assert.Equal(360, cell.Estimate!.Value, 9);
        Assert.Equal(1, cell.Rank);
        Assert.Equal(TrendDirection.Increasing, cell.Trend.Direction);
    }

    [Fact]
    public void Compute_City_IsNotComparedWithItself()
    {
        IndicatorCell city = Cell(CellCalculator.Compute(Percentage, Areas, FiveYears()), City, 2024);
        Assert.Equal(Significance.NotCompared, city.VersusCity.At95);
        Assert.Contains("no city", city.VersusCity.Reason, StringComparison.Ordinal);
        Assert.Equal(Significance.NotCompared, city.VersusParent.At998);
    }

    [Fact]
    public void Compute_RanksAndQuintiles_AmongAreasOfTheSameType()
    {
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(Percentage, Areas, FiveYears());

        // 2024 sub-districts: 5, 8, 10, 10, 12 and 18 %: the two 10 % share rank 3.
        int?[] ranks = [.. SubDistricts.Select(code => Cell(cells, code, 2024).Rank)];
        Assert.Equal([6, 5, 3, 3, 2, 1], ranks);
        Assert.All(SubDistricts, code => Assert.Equal(6, Cell(cells, code, 2024).PeerCount));
        Assert.Equal(1, Cell(cells, SubDistricts[5], 2024).Quintile);
        Assert.Equal(5, Cell(cells, SubDistricts[0], 2024).Quintile);

        // The district has no peers of its type here: one area, rank 1, too few for quintiles.
        IndicatorCell district = Cell(cells, Malmi, 2024);
        Assert.Equal(1, district.Rank);
        Assert.Null(district.Quintile);
    }

    [Fact]
    public void Compute_Trend_IncreasingOnlyWhereTheRateRises()
    {
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(Percentage, Areas, FiveYears());
        Assert.Equal(TrendDirection.Increasing, Cell(cells, SubDistricts[5], 2024).Trend.Direction);
        Assert.Equal(TrendDirection.NoSignificantChange, Cell(cells, SubDistricts[0], 2024).Trend.Direction);

        // 2023 is only the fourth year of the series.
        TrendResult early = Cell(cells, SubDistricts[5], 2023).Trend;
        Assert.Equal(TrendDirection.CannotBeCalculated, early.Direction);
        Assert.Contains("only 4 of the 5", early.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// Five years of months: the share rises from 10 % in January to 21 % in December every year (a season), and in the
    /// last sub-district December alone also rises by two points a year.
    /// </summary>
    private static List<Observation> SeasonalMonths()
    {
        List<Observation> observations = [];
        for (int year = 2021; year <= 2025; year++)
        {
            for (int month = 1; month <= 12; month++)
            {
                double share = 0.09 + (0.01 * month);
                Period period = Period.OfMonth(year, month);
                observations.Add(new(Indicator, SubDistricts[0], period, Breakdown.Total, share * 20_000, 20_000));
                double rising = month == 12 ? share + (0.02 * (year - 2021)) : share;
                observations.Add(new(Indicator, SubDistricts[1], period, Breakdown.Total, rising * 20_000, 20_000));
            }
        }

        return observations;
    }

    [Fact]
    public void Compute_MonthlyTrend_ReadsTheSameMonthOfFiveYears_NotTheSeason()
    {
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(Percentage, Areas, SeasonalMonths());
        IndicatorCell Month(AreaCode area, int year, int month) =>
            Assert.Single(cells, c => c.Area == area && c.Period == Period.OfMonth(year, month));

        // August to December rises by four points every year: a season, not a trend.
        Assert.Equal(TrendDirection.NoSignificantChange, Month(SubDistricts[0], 2025, 12).Trend.Direction);
        Assert.Equal(TrendDirection.Increasing, Month(SubDistricts[1], 2025, 12).Trend.Direction);
        Assert.Equal(TrendDirection.NoSignificantChange, Month(SubDistricts[1], 2025, 11).Trend.Direction);

        // The slope is a change a year, of the proportion: December's two points a year.
        Assert.Equal(0.02, Month(SubDistricts[1], 2025, 12).Trend.Slope!.Value, 6);

        TrendResult early = Month(SubDistricts[1], 2024, 12).Trend;
        Assert.Equal(TrendDirection.CannotBeCalculated, early.Direction);
        Assert.Equal("only 4 of the 5 years of the same month a trend needs", early.Reason);
    }

    [Fact]
    public void Compute_SuppressedObservation_HasNoValueAndSaysWhy()
    {
        List<Observation> observations = FiveYears();
        int index = observations.FindIndex(o => o.Area == SubDistricts[5] && o.Period == Period.OfYear(2022));
        observations[index] = observations[index] with { Numerator = null, Denominator = null, Status = ObservationStatus.SuppressedBySource, SourceSymbol = "-1" };

        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(Percentage, Areas, observations);
        IndicatorCell suppressed = Cell(cells, SubDistricts[5], 2022);
        Assert.Null(suppressed.Estimate);
        Assert.Contains("suppressed by the source (marked '-1')", suppressed.NoValue?.Message, StringComparison.Ordinal);
        Assert.Equal(Significance.NotCompared, suppressed.VersusCity.At95);
        Assert.Null(suppressed.Rank);
        Assert.Equal(5, Cell(cells, SubDistricts[0], 2022).PeerCount);

        // A gap among the last five periods stops the trend, with the period named.
        TrendResult trend = Cell(cells, SubDistricts[5], 2024).Trend;
        Assert.Equal(TrendDirection.CannotBeCalculated, trend.Direction);
        Assert.Contains("2022", trend.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ProportionAboveOne_IsNoValueWithTheReason()
    {
        IReadOnlyList<IndicatorCell> cells = CellCalculator.Compute(Percentage, Areas, [Counts(SubDistricts[0], 2024, 30, 20)]);
        IndicatorCell cell = Assert.Single(cells);
        Assert.Null(cell.Estimate);
        Assert.Contains("numerator", cell.NoValue?.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compute_GivenValueWithLimits_KeepsTheSourceLimits()
    {
        IndicatorMethod given = new(Indicator, Measure.Value, 1);
        Observation observation = new(Indicator, City, Period.OfYear(2024), Breakdown.Total, null, null, Value: 31_500, Lower: 31_000, Upper: 32_000);
        IndicatorCell cell = Assert.Single(CellCalculator.Compute(given, Areas, [observation]));
        Assert.Equal(new Interval(31_000, 32_000), cell.Estimate!.Ci95);
        Assert.Equal(IntervalMethod.SourceGiven, cell.Estimate.Method);
    }

    [Fact]
    public void Compute_ObservationsOfUnknownAreas_AreSkipped() =>
        Assert.Empty(CellCalculator.Compute(Percentage, Areas, [Counts(AreaCode.Parse("00100"), 2024, 1, 10)]));

    [Fact]
    public void Compute_DuplicateKey_IsACallerBug() =>
        Assert.Throws<ArgumentException>(() => CellCalculator.Compute(Percentage, Areas, [Counts(City, 2024, 1, 10), Counts(City, 2024, 2, 10)]));

    [Theory]
    [InlineData(Significance.Higher, Polarity.HigherIsBetter, Significance.Better)]
    [InlineData(Significance.Higher, Polarity.LowerIsBetter, Significance.Worse)]
    [InlineData(Significance.Lower, Polarity.HigherIsBetter, Significance.Worse)]
    [InlineData(Significance.Lower, Polarity.LowerIsBetter, Significance.Better)]
    [InlineData(Significance.Higher, Polarity.NoJudgement, Significance.Higher)]
    [InlineData(Significance.Similar, Polarity.LowerIsBetter, Significance.Similar)]
    [InlineData(Significance.NotCompared, Polarity.HigherIsBetter, Significance.NotCompared)]
    public void Judge_AppliesPolarity(Significance raw, Polarity polarity, Significance expected) =>
        Assert.Equal(expected, PolarityJudgement.Judge(raw, polarity));

    [Theory]
    [InlineData(TrendDirection.Increasing, Polarity.LowerIsBetter, true)]
    [InlineData(TrendDirection.Decreasing, Polarity.HigherIsBetter, true)]
    [InlineData(TrendDirection.Increasing, Polarity.HigherIsBetter, false)]
    [InlineData(TrendDirection.NoSignificantChange, Polarity.LowerIsBetter, null)]
    [InlineData(TrendDirection.Increasing, Polarity.NoJudgement, null)]
    public void IsWorsening_AppliesPolarity(TrendDirection direction, Polarity polarity, bool? expected) =>
        Assert.Equal(expected, PolarityJudgement.IsWorsening(direction, polarity));
}
