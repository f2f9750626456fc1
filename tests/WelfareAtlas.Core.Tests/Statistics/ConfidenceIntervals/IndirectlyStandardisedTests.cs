using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

public sealed class IndirectlyStandardisedTests
{
    public static TheoryData<int> IsrRows => ReferenceData.RowIndexes("isr.csv");

    public static TheoryData<int> EdgeRows => ReferenceData.RowIndexes("derived_edge_cases.csv", r => r["method"] == "isratio");

    [Theory]
    [MemberData(nameof(IsrRows))]
    public void RatioAndRate_ReferenceRow_MatchCountsValueAndLimits(int index)
    {
        ReferenceRow row = ReferenceData.Load("isr.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));
        List<IndirectStandardisationBand> bands = ReferenceData.Load("isr_inputs.csv")
            .Where(input => input["dataset"] == row["dataset"] && input["area"] == row["area"])
            .Select(i => new IndirectStandardisationBand(i.Number("x"), i.Number("n"), i.Number("x_ref"), i.Number("n_ref")))
            .ToList();

        IndirectStandardisationResult result = (row["function"] == "calculate_ISRate"
            ? IndirectlyStandardised.Rate(bands, row.Number("scale_value"))
            : IndirectlyStandardised.Ratio(bands, row.Number("scale_value"))).GetValueOrThrow();

        Assert.Equal(row.Number("observed"), result.Observed);
        Approx.Relatively(row.Number("expected"), result.Expected, $"{row} expected");
        Approx.Relatively(row.Number("ref_rate"), result.ReferenceRate, $"{row} reference rate");
        Approx.Relatively(row.Number("expected_value"), result.Estimate.Value, $"{row} value");
        Approx.Relatively(row.Number("expected_lower"), result.Estimate.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("expected_upper"), result.Estimate.IntervalAt(level)!.Value.Upper, $"{row} upper");
        Assert.Equal(row["method"] == "Exact" ? IntervalMethod.ExactPoisson : IntervalMethod.Byars, result.Estimate.Method);
    }

    [Theory]
    [MemberData(nameof(EdgeRows))]
    public void Ratio_DerivedEdgeCase_MatchesFormula(int index)
    {
        ReferenceRow row = ReferenceData.Load("derived_edge_cases.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));
        // "expected=5.0": one band whose reference rate times population expects 5 events.
        IndirectStandardisationBand band = new(row.Number("x"), 5, 1, 1);

        Estimate estimate = IndirectlyStandardised.Ratio([band], row.Number("multiplier")).GetValueOrThrow().Estimate;

        Approx.Relatively(row.Number("derived_value"), estimate.Value, $"{row} value");
        Approx.Relatively(row.Number("derived_lower"), estimate.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("derived_upper"), estimate.IntervalAt(level)!.Value.Upper, $"{row} upper");
    }

    [Fact]
    public void Ratio_ObservedTotalGiven_UsesIt()
    {
        IndirectStandardisationBand[] bands = [new(double.NaN, 100, 10, 1000), new(double.NaN, 400, 10, 1000)];

        IndirectStandardisationResult result = IndirectlyStandardised.Ratio(bands, 100, observedTotal: 10).GetValueOrThrow();

        Assert.Equal(5, result.Expected, 12);
        Approx.Relatively(200, result.Estimate.Value, "value");
    }

    // errors_and_warnings.csv, calculate_ISRatio / calculate_ISRate.
    [Theory]
    [InlineData(-1, 100, "numerators must all be greater than or equal to zero")]
    [InlineData(1, -1, "denominators must all be greater than or equal to zero")]
    public void Ratio_InvalidBand_TypedErrorWithReason(double x, double n, string message)
    {
        IndirectStandardisationBand[] bands = [new(5, 100, 10, 1000), new(x, n, 10, 1000)];

        StatisticResult<IndirectStandardisationResult> result = IndirectlyStandardised.Ratio(bands);

        Assert.Equal(StatisticErrorKind.InvalidInput, result.Error!.Kind);
        Assert.Equal(message, result.Error.Message);
    }

    [Fact]
    public void Rate_NothingExpected_TypedErrorInsteadOfInfinity()
    {
        // The reference returns Inf/NaN when E = 0; here it is a clear error.
        StatisticResult<IndirectStandardisationResult> result = IndirectlyStandardised.Rate([new(3, 0, 10, 1000)]);

        Assert.Equal(StatisticErrorKind.InvalidInput, result.Error!.Kind);
        Assert.Contains("expected count is zero", result.Error.Message, StringComparison.Ordinal);
    }
}
