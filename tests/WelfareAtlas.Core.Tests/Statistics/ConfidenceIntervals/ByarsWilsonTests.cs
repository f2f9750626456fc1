using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

public sealed class ByarsWilsonTests
{
    private const string File = "byars_wilson.csv";

    public static TheoryData<int> WilsonRows => ReferenceData.RowIndexes(File, r => r["function"] == "wilson");

    public static TheoryData<int> ByarsRows => ReferenceData.RowIndexes(File, r => r["function"] == "byars");

    [Theory]
    [MemberData(nameof(WilsonRows))]
    public void WilsonScoreCompute_ReferenceRow_MatchesLimits(int index)
    {
        ReferenceRow row = ReferenceData.Load(File)[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));

        Interval interval = WilsonScore.Compute(row.Number("x"), row.Number("n"), level);

        Approx.Relatively(row.Number("expected_lower"), interval.Lower, $"{row} lower");
        Approx.Relatively(row.Number("expected_upper"), interval.Upper, $"{row} upper");
    }

    [Theory]
    [MemberData(nameof(ByarsRows))]
    public void Byars_ReferenceRow_MatchesLimits(int index)
    {
        ReferenceRow row = ReferenceData.Load(File)[index];
        ConfidenceLevel level = ConfidenceLevel.Create(row.Number("confidence"));

        // The NA row (x = 1 at 99.8 %) expects no lower limit: Byars is negative there.
        Approx.Relatively(row.Number("expected_lower"), Byars.Lower(row.Number("x"), level), $"{row} lower");
        Approx.Relatively(row.Number("expected_upper"), Byars.Upper(row.Number("x"), level), $"{row} upper");
    }

    [Fact]
    public void ByarsLower_NoEvents_HasNoValue()
    {
        // derived_edge_cases.csv: byars_lower(0) is 0 · (−∞)³ = NaN in R.
        Assert.Null(Byars.Lower(0, ConfidenceLevel.Percent95));
        Approx.Relatively(3.6680118321737507, Byars.Upper(0, ConfidenceLevel.Percent95), "byars_upper(0)");
    }

    [Fact]
    public void WilsonScoreComputeMany_SameAsOneByOne()
    {
        // Nine cells: two vectors of four (with x = 0 and x = n among them) and a scalar tail.
        double[] numerators = [0, 1, 65, 1045, 100, 0.445, 3, 7, 12];
        double[] denominators = [100, 1, 100, 5000, 100, 1, 3, 70, 40];
        double[] lower = new double[numerators.Length];
        double[] upper = new double[numerators.Length];

        WilsonScore.ComputeMany(numerators, denominators, ConfidenceLevel.Percent998, lower, upper);

        for (int i = 0; i < numerators.Length; i++)
        {
            Interval single = WilsonScore.Compute(numerators[i], denominators[i], ConfidenceLevel.Percent998);
            Assert.Equal(single.Lower, lower[i]);
            Assert.Equal(single.Upper, upper[i]);
        }
    }
}
