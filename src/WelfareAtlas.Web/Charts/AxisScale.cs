namespace WelfareAtlas.Web.Charts;

/// <summary>
/// A value axis with round ticks: 0, 10, 20, 30, 40 rather than 0.0, 11.1, 22.2, 33.3, 44.4 (a quarter of the data's
/// maximum with some headroom, as the charts drew before). The step is 1, 2, 2.5 or 5 times a power of ten, chosen so
/// that about <c>ticks</c> ticks (three to eight) span the values; the axis runs from a multiple of the step at or below the lowest value
/// to one at or above the highest.
/// </summary>
/// <param name="Min">The axis's lowest value: a multiple of <paramref name="Step"/>.</param>
/// <param name="Max">The axis's highest value: a multiple of <paramref name="Step"/>, above <paramref name="Min"/>.</param>
/// <param name="Step">The distance between ticks.</param>
internal readonly record struct AxisScale(double Min, double Max, double Step)
{
    /// <summary>The ticks from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks
    {
        get
        {
            int count = (int)Math.Round((Max - Min) / Step);
            for (int i = 0; i <= count; i++)
            {
                // Multiplied, not summed, so that no rounding error builds up along the axis.
                yield return Math.Round(Min + (i * Step), Decimals + 2);
            }
        }
    }

    /// <summary>How many decimals a tick needs: none for a step of 1, 5 or 20, one for 0.5 or 2.5, two for 0.25.</summary>
    public int Decimals
    {
        get
        {
            int decimals = 0;
            while (decimals < 9 && !IsWhole(Step * Math.Pow(10, decimals)))
            {
                decimals++;
            }

            return decimals;
        }
    }

    /// <summary>The scale for values from <paramref name="low"/> to <paramref name="high"/> with about <paramref name="ticks"/> ticks.</summary>
    public static AxisScale For(double low, double high, int ticks = 5)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            return new AxisScale(0, 1, 0.25);
        }

        if (high <= low)
        {
            high = low + (low == 0 ? 1 : Math.Abs(low) * 0.1);
        }

        double step = RoundStep((high - low) / Math.Max(1, ticks - 1));
        double min = Math.Floor((low / step) + 1e-9) * step;
        double max = Math.Ceiling((high / step) - 1e-9) * step;
        return new AxisScale(min, max > min ? max : min + step, step);
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten: the nearest to <paramref name="rough"/> (on a rough log scale).</summary>
    private static double RoundStep(double rough)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / power;
        double nice = fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10;
        return nice * power;
    }

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-6;
}
