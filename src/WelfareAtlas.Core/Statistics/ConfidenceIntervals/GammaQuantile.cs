using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>Quantiles of the unit-rate gamma distribution, to full double precision.</summary>
/// <remarks>
/// <para>The exact Poisson limits are chi-square quantiles, qchisq(p, 2k) / 2, which equal the quantiles of a gamma
/// distribution with shape k and rate 1. A compute run asks for hundreds of thousands of them with fractional shapes
/// below 10 (counts apportioned from postal areas), so the search is written for that case: a starting point from
/// the Wilson–Hilferty approximation (or, for small shapes and tails, from the leading term of the series), then
/// Newton steps on the logarithm of the smaller tail of the regularised incomplete gamma function (the smaller tail
/// avoids cancellation near 1; the logarithm makes the function nearly straight). A few steps reach full precision.</para>
/// <para>The tails are summed here (the series below shape + 1, a continued fraction above), each term of which is a
/// multiplication: Math.NET's inverse, which the first version used, searched with its own slower evaluations. The
/// golden vectors of the rates and a property test against Math.NET keep the two equal to 1e-12 relative.</para>
/// </remarks>
internal static class GammaQuantile
{
    private const int MaxSteps = 60;
    private const int MaxTerms = 500;
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;

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

        double logGammaShape = SpecialFunctions.GammaLn(shape);
        double t = Start(shape, probability, logGammaShape);
        return probability <= 0.5
            ? SolveLowerTail(shape, Math.Log(probability), logGammaShape, t)
            : SolveUpperTail(shape, Math.Log(1 - probability), logGammaShape, t);
    }

    /// <summary>
    /// Newton's method on u = ln t for ln P(a, e^u) = ln p: for small t, P(a, t) ≈ t^a / Γ(a + 1) is a straight line in
    /// u, so the steps converge at once however small the quantile.
    /// </summary>
    private static double SolveLowerTail(double shape, double logTarget, double logGammaShape, double t)
    {
        double u = Math.Log(t);
        double low = double.NegativeInfinity;
        double high = double.PositiveInfinity;
        for (int step = 0; step < MaxSteps; step++)
        {
            t = Math.Exp(u);
            double lower = Tails(shape, t, logGammaShape).Lower;
            if (lower <= 0)
            {
                low = u;
                u = double.IsPositiveInfinity(high) ? u + 1 : (u + high) / 2;
                continue;
            }

            double f = Math.Log(lower) - logTarget;
            if (f < 0)
            {
                low = u;
            }
            else
            {
                high = u;
            }

            // d ln P / du = t · density / P, with density = t^(a-1) e^-t / Γ(a).
            double slope = Math.Exp((shape * u) - t - logGammaShape) / lower;
            double next = u - (f / slope);
            if (!(next > low && next < high) || !double.IsFinite(next))
            {
                next = double.IsInfinity(low) || double.IsInfinity(high) ? u - Math.Sign(f) : (low + high) / 2;
            }

            bool converged = Math.Abs(next - u) <= 1e-15 * Math.Max(1, Math.Abs(u));
            u = next;
            if (converged)
            {
                break;
            }
        }

        return Math.Exp(u);
    }

    /// <summary>Newton's method on t for ln Q(a, t) = ln q: the upper tail falls nearly like e^-t, a straight line on the log scale.</summary>
    private static double SolveUpperTail(double shape, double logTarget, double logGammaShape, double t)
    {
        double low = 0;
        double high = double.PositiveInfinity;
        for (int step = 0; step < MaxSteps; step++)
        {
            double upper = Tails(shape, t, logGammaShape).Upper;
            if (upper <= 0)
            {
                high = t;
                t = (low + high) / 2;
                continue;
            }

            double f = Math.Log(upper) - logTarget;
            if (f > 0)
            {
                low = t;
            }
            else
            {
                high = t;
            }

            // d ln Q / dt = -density / Q.
            double slope = -Math.Exp(((shape - 1) * Math.Log(t)) - t - logGammaShape) / upper;
            double next = t - (f / slope);
            if (!(next > low && next < high) || !double.IsFinite(next))
            {
                next = double.IsPositiveInfinity(high) ? 2 * t : (low + high) / 2;
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

    /// <summary>Where the search starts.</summary>
    private static double Start(double shape, double probability, double logGammaShape)
    {
        // For small t, P(a, t) ≈ t^a / Γ(a + 1): solved for t; good for small shapes and the lower tail.
        double small = Math.Exp((Math.Log(probability) + logGammaShape + Math.Log(shape)) / shape);
        if (shape < 1 && small < shape)
        {
            return small;
        }

        // Wilson–Hilferty: (t / a)^(1/3) is nearly normal with mean 1 - 1/(9a) and variance 1/(9a).
        double z = Normal.InvCDF(0, 1, probability);
        double cube = 1 - (1 / (9 * shape)) + (z / (3 * Math.Sqrt(shape)));
        double wilsonHilferty = shape * cube * cube * cube;
        return wilsonHilferty > 0 ? wilsonHilferty : Math.Max(small, Tiny);
    }

    /// <summary>The regularised lower and upper tails P(a, t) and Q(a, t) = 1 − P(a, t), the smaller one summed directly.</summary>
    internal static (double Lower, double Upper) Tails(double shape, double t, double logGammaShape)
    {
        if (t <= 0)
        {
            return (0, 1);
        }

        double front = Math.Exp((shape * Math.Log(t)) - t - logGammaShape);
        if (t < shape + 1)
        {
            // P(a, t) = e^-t t^a / Γ(a) · Σ t^n / (a (a+1) ... (a+n)).
            double term = 1 / shape;
            double sum = term;
            for (int n = 1; n < MaxTerms; n++)
            {
                term *= t / (shape + n);
                sum += term;
                if (term < sum * Epsilon)
                {
                    break;
                }
            }

            double lower = Math.Min(1, sum * front);
            return (lower, 1 - lower);
        }

        // Q(a, t) = e^-t t^a / Γ(a) · 1 / (t + 1 - a - 1·(1-a) / (t + 3 - a - 2·(2-a) / (t + 5 - a - ...))),
        // evaluated by the modified Lentz method.
        double b = t + 1 - shape;
        double c = 1 / Tiny;
        double d = 1 / b;
        double fraction = d;
        for (int i = 1; i < MaxTerms; i++)
        {
            double a = -i * (i - shape);
            b += 2;
            d = (a * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (a / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            double change = d * c;
            fraction *= change;
            if (Math.Abs(change - 1) < Epsilon)
            {
                break;
            }
        }

        double upper = Math.Min(1, front * fraction);
        return (1 - upper, upper);
    }
}
