using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;
using Interval = WelfareAtlas.Statistics.Interval;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

/// <summary>
/// The memo of Poisson limits gives the very doubles <see cref="PoissonInterval.Compute"/> gives, the first time and when
/// a count comes again, so cells computed through it are unchanged bit for bit.
/// </summary>
public sealed class PoissonIntervalMemoTests
{
    [Theory]
    [InlineData(0.0)] // a whole count: the table of 0–9
    [InlineData(3.0)]
    [InlineData(0.3712)] // fractional below 10: exact limits, kept
    [InlineData(4.0 * 0.2731)] // a crosswalk share times a count
    [InlineData(9.999)]
    [InlineData(10.0)] // from 10: Byars
    [InlineData(123.456)]
    public void Of_AnyCountAskedTwice_EqualsPoissonIntervalBothTimes(double observed)
    {
        PoissonIntervalMemo memo = new();

        (Interval first95, Interval first998) = memo.Of(observed);
        (Interval again95, Interval again998) = memo.Of(observed);

        AssertSameBits(PoissonInterval.Compute(observed, ConfidenceLevel.Percent95), first95);
        AssertSameBits(PoissonInterval.Compute(observed, ConfidenceLevel.Percent998), first998);
        AssertSameBits(first95, again95);
        AssertSameBits(first998, again998);
    }

    [Property(MaxTest = 300)]
    public Property Of_ManyCountsWithRepeats_EqualsPoissonIntervalForEach() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 12_000).Select(i => i / 1000.0)).Select(list => list.ToArray()).ToArbitrary(),
            counts =>
            {
                PoissonIntervalMemo memo = new();
                foreach (double observed in counts.Concat(counts))
                {
                    (Interval ci95, Interval ci998) = memo.Of(observed);
                    AssertSameBits(PoissonInterval.Compute(observed, ConfidenceLevel.Percent95), ci95);
                    AssertSameBits(PoissonInterval.Compute(observed, ConfidenceLevel.Percent998), ci998);
                }
            });

    [Fact]
    public void CrudeRate_WithMemo_EqualsWithout()
    {
        PoissonIntervalMemo memo = new();
        foreach ((double numerator, double denominator) in new[] { (2.37, 812.0), (2.37, 95.5), (7.0, 1200.0), (0.42, 17.0), (31.8, 4000.0) })
        {
            Estimate expected = CrudeRate.Compute(numerator, denominator, 1000).Value!;
            Estimate actual = CrudeRate.Compute(numerator, denominator, 1000, memo).Value!;

            Assert.Equal(expected, actual);
        }
    }

    private static void AssertSameBits(Interval expected, Interval actual)
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Lower), BitConverter.DoubleToInt64Bits(actual.Lower));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Upper), BitConverter.DoubleToInt64Bits(actual.Upper));
    }
}
