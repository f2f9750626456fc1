using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

public sealed class MeanTests
{
    public static TheoryData<int> MeanRows => ReferenceData.RowIndexes("mean.csv");

    [Theory]
    [MemberData(nameof(MeanRows))]
    public void Compute_ReferenceRow_MatchesSummariesAndLimits(int index)
    {
        ReferenceRow row = ReferenceData.Load("mean.csv")[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));
        // The "ALL" rows are the ungrouped call over both areas' values.
        double[] values = ReferenceData.Load("mean_inputs.csv")
            .Where(input => row["group"].StartsWith("ALL", StringComparison.Ordinal) || input["area"] == row["group"])
            .Select(input => input.Number("value"))
            .ToArray();

        MeanEstimate mean = Mean.Compute(values).GetValueOrThrow();

        Approx.Relatively(row.Number("value_sum"), mean.Sum, $"{row} sum");
        Assert.Equal((int)row.Number("value_count"), mean.Count);
        Approx.Relatively(row.Number("stdev"), mean.StandardDeviation, $"{row} sd");
        Approx.Relatively(row.Number("expected_value"), mean.Estimate.Value, $"{row} value");
        Approx.Relatively(row.Number("expected_lower"), mean.Estimate.IntervalAt(level)!.Value.Lower, $"{row} lower");
        Approx.Relatively(row.Number("expected_upper"), mean.Estimate.IntervalAt(level)!.Value.Upper, $"{row} upper");
    }

    [Fact]
    public void Compute_OneValue_HasNoInterval()
    {
        MeanEstimate mean = Mean.Compute([42.5]).GetValueOrThrow();

        Assert.Equal(42.5, mean.Estimate.Value);
        Assert.True(double.IsNaN(mean.StandardDeviation));
        Assert.Null(mean.Estimate.Ci95);
        Assert.Null(mean.Estimate.Ci998);
    }

    [Fact]
    public void Compute_NoValues_InsufficientData()
    {
        StatisticResult<MeanEstimate> result = Mean.Compute([]);

        Assert.False(result.IsSuccess);
        Assert.Equal(StatisticErrorKind.InsufficientData, result.Error.Kind);
    }

    [Fact]
    public void Compute_MissingValue_MissingValueResult()
    {
        StatisticResult<MeanEstimate> result = Mean.Compute([1, double.NaN, 3]);

        Assert.False(result.IsSuccess);
        Assert.Equal(StatisticErrorKind.MissingValue, result.Error.Kind);
    }
}
