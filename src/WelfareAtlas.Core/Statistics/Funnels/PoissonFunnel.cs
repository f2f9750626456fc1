namespace WelfareAtlas.Statistics.Funnels;

/// <summary>
/// The expected count at which an observed count lies exactly on a Poisson control limit, found by bisection.
/// </summary>
/// <remarks>
/// The Fingertips funnel-plot macro's method, as in PHEindicatormethods <c>poisson_funnel</c> and <c>poisson_cis</c>:
/// bisect v ∈ (0, 1) with λ = (1 + obs)·v / (1 − v) until the step is at most 1e-7, comparing the Poisson tail
/// P(X ≥ obs | λ) (low side) or P(X ≤ obs | λ) (high side) with the tail probability. The tail is summed as a
/// series rescaled by 1e30 to avoid overflow. Kept step for step so that the limits match the reference's.
/// </remarks>
internal static class PoissonFunnel
{
    private const double StepTolerance = 1e-7;
    private const double Rescale = 1e30;
    private const double SeriesTolerance = 1e-10;

    public static double ExpectedEvents(double observed, double tailProbability, FunnelSide side)
    {
        double v = 0.5;
        double dv = 0.5;
        while (dv > StepTolerance)
        {
            dv /= 2;
            double lambda = (1 + observed) * v / (1 - v);
            bool moveDown = side == FunnelSide.Low
                ? TailProbability(lambda, observed, double.PositiveInfinity) > tailProbability
                : TailProbability(lambda, 0, observed) < tailProbability;
            v = moveDown ? v - dv : v + dv;
        }

        return (1 + observed) * v / (1 - v);
    }

    /// <summary>P(a ≤ X ≤ b) for X ~ Poisson(λ).</summary>
    internal static double TailProbability(double lambda, double a, double b)
    {
        double term = 1;
        double total = 0;
        double selected = 0;
        double k = 0;
        while (k <= lambda || term > total * SeriesTolerance)
        {
            total += term;
            if (k >= a && k <= b)
            {
                selected += term;
            }

            if (total > Rescale)
            {
                selected /= Rescale;
                total /= Rescale;
                term /= Rescale;
            }

            k++;
            term = term * lambda / k;
        }

        return selected / total;
    }
}
