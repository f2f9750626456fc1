using MathNet.Numerics.Distributions;

namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>Lower-tail quantiles of Student's t-distribution, to full double precision.</summary>
/// <remarks>
/// Math.NET's inverse starts the search and already meets the reference tolerance on the vectors; Newton steps
/// on its CDF (an incomplete beta function, accurate in the lower tail) polish it toward full double precision.
/// </remarks>
internal static class StudentTQuantile
{
    private const int MaxNewtonSteps = 20;

    /// <summary>The t with P(T ≤ t) = <paramref name="probability"/> for <paramref name="degreesOfFreedom"/> &gt; 0.</summary>
    public static double Inverse(double degreesOfFreedom, double probability)
    {
        double t = StudentT.InvCDF(0, 1, degreesOfFreedom, probability);
        for (int step = 0; step < MaxNewtonSteps; step++)
        {
            double density = StudentT.PDF(0, 1, degreesOfFreedom, t);
            if (density <= 0 || double.IsNaN(density))
            {
                break;
            }

            double next = t - ((StudentT.CDF(0, 1, degreesOfFreedom, t) - probability) / density);
            bool converged = Math.Abs(next - t) <= 1e-15 * Math.Abs(t);
            t = next;
            if (converged)
            {
                break;
            }
        }

        return t;
    }
}
