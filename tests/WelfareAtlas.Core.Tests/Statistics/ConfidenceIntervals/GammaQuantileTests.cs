using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.ConfidenceIntervals;

/// <summary>
/// The gamma quantile behind the exact Poisson limits, against Math.NET's regularised incomplete gamma function (an
/// independent implementation): the quantile found must give back the probability it was asked for.
/// </summary>
public sealed class GammaQuantileTests
{
    /// <summary>The tail probabilities of the profile's two levels (95 % and 99.8 %) and a few others.</summary>
    public static TheoryData<double> Probabilities => [0.001, 0.025, 0.05, 0.1, 0.5, 0.9, 0.95, 0.975, 0.999];

    [Theory]
    [MemberData(nameof(Probabilities))]
    public void Inverse_ShapesOfSmallCounts_GivesBackTheProbability(double probability)
    {
        for (double shape = 0.01; shape <= 12; shape += 0.037)
        {
            double t = GammaQuantile.Inverse(shape, probability);

            AssertInverts(shape, probability, t);
        }
    }

    [Property(MaxTest = 2000)]
    public Property Inverse_AnyShapeAndProbability_GivesBackTheProbability() =>
        Prop.ForAll(
            Gen.Choose(1, 100_000).Select(i => i / 1000.0).ToArbitrary(),
            Gen.Choose(1, 9_999).Select(i => i / 10_000.0).ToArbitrary(),
            (shape, probability) => AssertInverts(shape, probability, GammaQuantile.Inverse(shape, probability)));

    [Theory]
    [InlineData(0.007, 0.5697)] // found by the property in CI: the quantile is 7e-36, where Math.NET's upper tail is 1
    [InlineData(0.01, 0.9)]
    public void Inverse_TinyShapeAboveTheMedian_GivesBackTheProbability(double shape, double probability) =>
        AssertInverts(shape, probability, GammaQuantile.Inverse(shape, probability));

    [Fact]
    public void Inverse_Edges_ZeroShapeOrProbabilityIsZeroAndCertaintyIsInfinite()
    {
        Assert.Equal(0, GammaQuantile.Inverse(0, 0.5));
        Assert.Equal(0, GammaQuantile.Inverse(3, 0));
        Assert.Equal(double.PositiveInfinity, GammaQuantile.Inverse(3, 1));
    }

    [Fact]
    public void Tails_AgainstMathNet_AgreeToTwelveDigits()
    {
        foreach (double shape in new[] { 0.05, 0.5, 1, 2.5, 9.99, 30 })
        {
            foreach (double t in new[] { 1e-6, 0.01, 0.5, 1, 3, 10, 25, 60 })
            {
                (double lower, double upper) = GammaQuantile.Tails(shape, t, SpecialFunctions.GammaLn(shape));

                Assert.Equal(SpecialFunctions.GammaLowerRegularized(shape, t), lower, 1e-12);
                Assert.Equal(SpecialFunctions.GammaUpperRegularized(shape, t), upper, 1e-12);
            }
        }
    }

    private static void AssertInverts(double shape, double probability, double t)
    {
        // For tiny shapes and tails the quantile is below the smallest double (0.001^(1/0.01) = 1e-300 and less).
        double leadingLog = (Math.Log(probability) + SpecialFunctions.GammaLn(shape + 1)) / shape;
        if (leadingLog < -690)
        {
            Assert.True(t >= 0 && t < 1e-290, $"shape {shape}, p {probability}: t = {t}");
            return;
        }

        Assert.True(t > 0 && double.IsFinite(t), $"shape {shape}, p {probability}: t = {t}");

        // On the smaller tail, relative to it: 1e-10 is far inside the 1e-9 tolerance of the golden vectors. Math.NET
        // gives a lower tail of 0 (and an upper tail of 1) for small t; below 1e-8 the series' first two terms,
        // t^a / Γ(a + 1) · (1 − a t / (a + 1)), are exact to t², on either side (a tiny shape puts even p > 0.5 there:
        // shape 0.007, p 0.5697 has t ≈ 7e-36).
        double achieved;
        if (t < 1e-8)
        {
            double lower = Math.Exp((shape * Math.Log(t)) - SpecialFunctions.GammaLn(shape + 1)) * (1 - (shape * t / (shape + 1)));
            achieved = probability > 0.5 ? 1 - lower : lower;
        }
        else
        {
            achieved = probability > 0.5 ? SpecialFunctions.GammaUpperRegularized(shape, t) : SpecialFunctions.GammaLowerRegularized(shape, t);
        }

        double wanted = probability > 0.5 ? 1 - probability : probability;
        Assert.True(Math.Abs(achieved - wanted) <= 1e-10 * wanted, $"shape {shape}, p {probability}: t = {t} gives {achieved}, wanted {wanted}");
    }
}
