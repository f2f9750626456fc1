using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

public sealed class ProportionTests
{
    public static TheoryData<int> ProportionRows => ReferenceData.RowIndexes("proportion.csv");

    public static TheoryData<int> EdgeRows => ReferenceData.RowIndexes("derived_edge_cases.csv", r => r["method"] == "proportion");

    [Theory]
    [MemberData(nameof(ProportionRows))]
    public void Compute_ReferenceRow_MatchesValueAndLimits(int index)
    {
        ReferenceRow row = ReferenceData.Load("proportion.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));

        StatisticResult<Estimate> result = Proportion.Compute(row.Number("numerator"), row.Number("denominator"), row.Number("multiplier"));

        if (double.IsNaN(row.Number("expected_value")))
        {
            // NA numerator or denominator: NA out, as a missing-value result rather than an error.
            Assert.False(result.IsSuccess);
            Assert.Equal(StatisticErrorKind.MissingValue, result.Error.Kind);
            return;
        }

        Assert.True(result.IsSuccess, result.ToString());
        Approx.Relatively(row.Number("expected_value"), result.Value.Value, $"{row} value");
        Approx.Relatively(row.Number("expected_lower"), result.Value.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("expected_upper"), result.Value.IntervalAt(level)!.Value.Upper, $"{row} upper");
        Assert.Equal(IntervalMethod.Wilson, result.Value.Method);
    }

    [Theory]
    [MemberData(nameof(EdgeRows))]
    public void Compute_DerivedEdgeCase_MatchesFormula(int index)
    {
        ReferenceRow row = ReferenceData.Load("derived_edge_cases.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));

        Estimate estimate = Proportion.Compute(row.Number("x"), row.Number("n_or_expected"), row.Number("multiplier")).GetValueOrThrow();

        Approx.Relatively(row.Number("derived_value"), estimate.Value, $"{row} value");
        Approx.Relatively(row.Number("derived_lower"), estimate.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("derived_upper"), estimate.IntervalAt(level)!.Value.Upper, $"{row} upper");
    }

    [Fact]
    public void Compute_NoCases_LowerIsExactlyZero()
    {
        Estimate estimate = Proportion.Compute(0, 100).GetValueOrThrow();
        Assert.Equal(0, estimate.Ci95!.Value.Lower);
        Assert.Equal(0, estimate.Ci998!.Value.Lower);
    }

    [Fact]
    public void Compute_AllCases_UpperIsExactlyOne()
    {
        Estimate estimate = Proportion.Compute(37, 37).GetValueOrThrow();
        Assert.Equal(1, estimate.Ci95!.Value.Upper);
        Assert.Equal(1, estimate.Ci998!.Value.Upper);
    }

    // errors_and_warnings.csv, phe_proportion: the messages and their order.
    [Theory]
    [InlineData(-1, 100, 1, "numerators must be greater than or equal to zero")]
    [InlineData(-1, 0, 1, "numerators must be greater than or equal to zero")] // x is checked before n
    [InlineData(1, 0, 1, "denominators must be greater than zero")]
    [InlineData(1, -5, 1, "denominators must be greater than zero")]
    [InlineData(101, 100, 1, "numerators must be less than or equal to denominator for a proportion statistic")]
    [InlineData(1, 100, 0, "multiplier must be greater than 0")]
    public void Compute_InvalidInput_TypedErrorWithReason(double x, double n, double multiplier, string message)
    {
        StatisticResult<Estimate> result = Proportion.Compute(x, n, multiplier);

        Assert.False(result.IsSuccess);
        Assert.Equal(message, result.Error.Message);
        Assert.Equal(multiplier > 0 ? StatisticErrorKind.InvalidInput : StatisticErrorKind.InvalidArgument, result.Error.Kind);
    }
}
