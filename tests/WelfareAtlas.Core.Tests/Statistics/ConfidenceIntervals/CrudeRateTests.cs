using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

public sealed class CrudeRateTests
{
    public static TheoryData<int> RateRows => ReferenceData.RowIndexes("rate.csv");

    public static TheoryData<int> EdgeRows => ReferenceData.RowIndexes("derived_edge_cases.csv", r => r["method"] == "rate");

    [Theory]
    [MemberData(nameof(RateRows))]
    public void Compute_ReferenceRow_MatchesValueLimitsAndMethod(int index)
    {
        ReferenceRow row = ReferenceData.Load("rate.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));

        StatisticResult<Estimate> result = CrudeRate.Compute(row.Number("numerator"), row.Number("denominator"), row.Number("multiplier"));

        if (double.IsNaN(row.Number("expected_value")))
        {
            Assert.False(result.IsSuccess);
            Assert.Equal(StatisticErrorKind.MissingValue, result.Error.Kind);
            return;
        }

        Assert.True(result.IsSuccess, result.ToString());
        Approx.Relatively(row.Number("expected_value"), result.Value.Value, $"{row} value");
        Approx.Relatively(row.Number("expected_lower"), result.Value.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("expected_upper"), result.Value.IntervalAt(level)!.Value.Upper, $"{row} upper");
        Assert.Equal(row["method"] == "Exact" ? IntervalMethod.ExactPoisson : IntervalMethod.Byars, result.Value.Method);
    }

    [Theory]
    [MemberData(nameof(EdgeRows))]
    public void Compute_DerivedEdgeCase_SwitchesMethodAtTen(int index)
    {
        ReferenceRow row = ReferenceData.Load("derived_edge_cases.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));

        Estimate estimate = CrudeRate.Compute(row.Number("x"), row.Number("n_or_expected"), row.Number("multiplier")).GetValueOrThrow();

        Approx.Relatively(row.Number("derived_value"), estimate.Value, $"{row} value");
        Approx.Relatively(row.Number("derived_lower"), estimate.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("derived_upper"), estimate.IntervalAt(level)!.Value.Upper, $"{row} upper");
        Assert.Equal(row["ci_method"] == "Exact" ? IntervalMethod.ExactPoisson : IntervalMethod.Byars, estimate.Method);
    }

    // errors_and_warnings.csv, phe_rate.
    [Theory]
    [InlineData(-1, 100, "numerators must be greater than or equal to zero")]
    [InlineData(1, 0, "denominators must be greater than zero")]
    [InlineData(1, -3, "denominators must be greater than zero")]
    public void Compute_InvalidInput_TypedErrorWithReason(double x, double n, string message)
    {
        StatisticResult<Estimate> result = CrudeRate.Compute(x, n);

        Assert.False(result.IsSuccess);
        Assert.Equal(StatisticErrorKind.InvalidInput, result.Error.Kind);
        Assert.Equal(message, result.Error.Message);
    }

    [Fact]
    public void ComputeMany_WithPrecomputedExactLimits_SameAsOneByOne()
    {
        // Counts either side of the exact/Byars switch, plus a non-integer count below 10.
        double[] numerators = [0, 1, 9, 10, 11, 250, 2.5];
        double[] denominators = [1000, 1000, 1000, 1000, 500, 220, 10];
        double[] lower = new double[numerators.Length];
        double[] upper = new double[numerators.Length];

        CrudeRate.ComputeMany(numerators, denominators, 100_000, new ExactPoissonTable(ConfidenceLevel.Percent95), lower, upper);

        for (int i = 0; i < numerators.Length; i++)
        {
            Interval single = CrudeRate.Compute(numerators[i], denominators[i]).GetValueOrThrow().Ci95!.Value;
            Approx.Relatively(single.Lower, lower[i], $"lower {i}", 1e-14);
            Approx.Relatively(single.Upper, upper[i], $"upper {i}", 1e-14);
        }
    }

    [Fact]
    public void EventCountCompute_SixtyFive_ByarsLimitsOfTheCount()
    {
        // byars_wilson.csv: 65 events at 95 % → 50.163187710459454 to 82.849138545939837.
        Estimate estimate = EventCount.Compute(65).GetValueOrThrow();

        Assert.Equal(65, estimate.Value);
        Approx.Relatively(50.163187710459454, estimate.Ci95!.Value.Lower, "lower");
        Approx.Relatively(82.849138545939837, estimate.Ci95.Value.Upper, "upper");
        Assert.Equal(IntervalMethod.Byars, estimate.Method);
    }

    [Fact]
    public void EventCountCompute_Negative_TypedError()
    {
        Assert.Equal("numerators must be greater than or equal to zero", EventCount.Compute(-2).Error!.Message);
    }
}
