using MathNet.Numerics;

namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>Quantiles of the unit-rate gamma distribution, to full double precision.</summary>
/// <remarks>
/// The exact Poisson limits are chi-square quantiles, qchisq(p, 2k) / 2, which equal the quantiles of a
/// gamma distribution with shape k and rate 1. Math.NET's inverse starts the search and already meets the
/// reference tolerance (relative 1e-9) on every vector (checked by disabling the steps); Newton steps on the
/// regularised incomplete gamma function (on the smaller tail, to avoid cancellation near 1) then polish it
/// toward full double precision, at a cost paid once per level in bulk work (<see cref="ExactPoissonTable"/>).
/// </remarks>
internal static class GammaQuantile
{
    private const int MaxNewtonSteps = 20;

    /// <summary>The t with P(shape, t) = <paramref name="probability"/>; 0 when the shape is 0.</summary>
    public static double Inverse(double shape, double probability)
    {
        if (shape <= 0 || probability <= 0)
        {
            return 0;
        }

        if (probability >= 1)
        {
            return double.PositiveInfinity;
        }

        double t = SpecialFunctions.GammaLowerRegularizedInv(shape, probability);
        bool useUpperTail = probability > 0.5;
        double target = useUpperTail ? 1 - probability : probability;
        double logGammaShape = SpecialFunctions.GammaLn(shape);
        for (int step = 0; step < MaxNewtonSteps; step++)
        {
            double tail = useUpperTail
                ? SpecialFunctions.GammaUpperRegularized(shape, t)
                : SpecialFunctions.GammaLowerRegularized(shape, t);
            double density = Math.Exp(((shape - 1) * Math.Log(t)) - t - logGammaShape);
            if (density <= 0 || double.IsNaN(density))
            {
                break;
            }

            // The upper tail falls as t grows, so its Newton step has the opposite sign.
            double delta = (tail - target) / density;
            double next = useUpperTail ? t + delta : t - delta;
            if (next <= 0)
            {
                next = t / 2;
            }

            bool converged = Math.Abs(next - t) <= 1e-15 * t;
            t = next;
            if (converged)
            {
                break;
            }
        }

        return t;
    }
}
