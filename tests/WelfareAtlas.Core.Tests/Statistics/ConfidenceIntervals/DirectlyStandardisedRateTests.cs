using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

public sealed class DirectlyStandardisedRateTests
{
    public static TheoryData<int> DsrRows => ReferenceData.RowIndexes("dsr.csv");

    [Theory]
    [MemberData(nameof(DsrRows))]
    public void Compute_ReferenceRow_MatchesTotalsValueAndLimits(int index)
    {
        ReferenceRow row = ReferenceData.Load("dsr.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));
        List<ReferenceRow> inputs = ReferenceData.Load("dsr_inputs.csv")
            .Where(input => input["dataset"] == row["dataset"] && input["area"] == row["area"])
            .ToList();
        double multiplier = row.Number("multiplier");

        DirectlyStandardisedRateResult result = (row["independent_events"] == "TRUE"
            ? DirectlyStandardisedRate.Compute(
                inputs.Select(i => new StandardisationBand(i.Number("x"), i.Number("n"), i.Number("stdpop"))).ToList(),
                multiplier)
            : DirectlyStandardisedRate.ComputeNonIndependent(
                inputs.Select(i => new NonIndependentStandardisationBand(
                    i["ageband"], i.Number("eventfreq"), i.Number("x"), i.Number("n"), i.Number("stdpop"))).ToList(),
                multiplier)).GetValueOrThrow();

        Assert.Equal(row.Number("total_count"), result.TotalCount);
        Assert.Equal(row.Number("total_pop"), result.TotalPopulation);
        if (double.IsNaN(row.Number("expected_value")))
        {
            // Fewer than 10 events: no value, with the reference's reason.
            Assert.Null(result.Estimate);
            Assert.Equal("dsr NA for total count < 10", result.Suppression!.Message);
            Assert.Equal(StatisticErrorKind.Suppressed, result.Suppression.Kind);
            return;
        }

        Assert.Null(result.Suppression);
        Approx.Relatively(row.Number("expected_value"), result.Estimate!.Value, $"{row} value");
        Approx.Relatively(row.Number("expected_lower"), result.Estimate.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("expected_upper"), result.Estimate.IntervalAt(level)!.Value.Upper, $"{row} upper");
        Assert.Equal(
            row["independent_events"] == "TRUE" ? IntervalMethod.Dobson : IntervalMethod.DobsonNonIndependent,
            result.Estimate.Method);
    }

    [Fact]
    public void ComputeEsp2013_MultiareaBig_SameAsExplicitStandard()
    {
        // The multiarea inputs carry ESP 2013 in their stdpop column: the built-in default must agree.
        List<ReferenceRow> inputs = ReferenceData.Load("dsr_inputs.csv")
            .Where(input => input["area"] == "testdata_big")
            .ToList();
        Assert.Equal(EuropeanStandardPopulation.Esp2013, inputs.Select(i => i.Number("stdpop")).ToList());

        Estimate estimate = DirectlyStandardisedRate.ComputeEsp2013(
            inputs.Select(i => i.Number("x")).ToList(), inputs.Select(i => i.Number("n")).ToList()).GetValueOrThrow().Estimate!;

        // dsr.csv: testdata_big per 100 000 at 95 %.
        Approx.Relatively(10430.247991469423, estimate.Value, "value");
        Approx.Relatively(9717.709067985681, estimate.Ci95!.Value.Lower, "lower");
    }

    [Fact]
    public void EuropeanStandardPopulation_Esp2013_Totals100000()
    {
        Assert.Equal(19, EuropeanStandardPopulation.Esp2013.Count);
        Assert.Equal(100_000, EuropeanStandardPopulation.Esp2013.Sum());
    }

    // errors_and_warnings.csv, calculate_dsr.
    [Theory]
    [InlineData(-1, 100, 5000, "numerators must all be greater than or equal to zero")]
    [InlineData(1, 0, 5000, "denominators must all be greater than zero")]
    [InlineData(1, double.NaN, 5000, "field n cannot have missing values")]
    [InlineData(1, 100, double.NaN, "field stdpop cannot have missing values")]
    [InlineData(1, 100, -1, "stdpop must all be greater than or equal to zero")]
    public void Compute_InvalidBand_TypedErrorWithReason(double x, double n, double stdpop, string message)
    {
        var bands = new[] { new StandardisationBand(20, 1000, 5000), new StandardisationBand(x, n, stdpop) };

        StatisticResult<DirectlyStandardisedRateResult> result = DirectlyStandardisedRate.Compute(bands);

        Assert.False(result.IsSuccess);
        Assert.Equal(StatisticErrorKind.InvalidInput, result.Error.Kind);
        Assert.Equal(message, result.Error.Message);
    }

    [Fact]
    public void Compute_ZeroMultiplier_InvalidArgument()
    {
        StatisticResult<DirectlyStandardisedRateResult> result =
            DirectlyStandardisedRate.Compute([new StandardisationBand(20, 1000, 5000)], multiplier: 0);

        Assert.Equal("multiplier must be greater than 0", result.Error!.Message);
    }

    [Fact]
    public void Compute_MissingEvents_CountAsZero()
    {
        // NA x is treated as 0 in the reference.
        DirectlyStandardisedRateResult result = DirectlyStandardisedRate.Compute(
            [new StandardisationBand(double.NaN, 1000, 5000), new StandardisationBand(12, 1000, 5000)]).GetValueOrThrow();

        Assert.Equal(12, result.TotalCount);
        Approx.Relatively(600, result.Estimate!.Value, "value");
    }

    [Fact]
    public void ComputeNonIndependent_BandWithTwoPopulations_TypedError()
    {
        NonIndependentStandardisationBand[] bands =
        [
            new("0-4", 1, 10, 1000, 5000),
            new("0-4", 2, 3, 999, 5000), // same band, different population
        ];

        StatisticResult<DirectlyStandardisedRateResult> result = DirectlyStandardisedRate.ComputeNonIndependent(bands);

        Assert.StartsWith("There are rows with the same grouping variables and ageband", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeEsp2013_WrongBandCount_TypedError()
    {
        StatisticResult<DirectlyStandardisedRateResult> result = DirectlyStandardisedRate.ComputeEsp2013([1, 2], [10, 20]);

        Assert.Equal(StatisticErrorKind.InvalidInput, result.Error!.Kind);
    }
}
