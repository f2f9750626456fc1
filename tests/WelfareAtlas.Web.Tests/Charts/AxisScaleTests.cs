using WelfareAtlas.Web.Charts;

namespace WelfareAtlas.Web.Tests.Charts;

/// <summary>Value axes tick at round numbers: the charts drew 0.0, 11.1, 22.2, 33.3, 44.4 (a quarter of the maximum with headroom).</summary>
public sealed class AxisScaleTests
{
    [Theory]
    [InlineData(0, 42.3, 0, 50, 10, 0)]
    [InlineData(0, 25.2, 0, 30, 5, 0)]
    [InlineData(0, 8.4, 0, 10, 2, 0)]
    [InlineData(0, 0.37, 0, 0.4, 0.1, 1)]
    [InlineData(0, 120_500, 0, 125_000, 25_000, 0)]
    [InlineData(-3.2, 7.9, -5, 10, 2.5, 1)]
    [InlineData(0, 1, 0, 1, 0.25, 2)]
    [InlineData(5, 5, 5, 5.5, 0.1, 1)]
    public void For_ValuesBetween_TicksAtRoundSteps_CoveringThem(double low, double high, double min, double max, double step, int decimals)
    {
        AxisScale scale = AxisScale.For(low, high);

        Assert.Equal(min, scale.Min, 9);
        Assert.Equal(max, scale.Max, 9);
        Assert.Equal(step, scale.Step, 9);
        Assert.Equal(decimals, scale.Decimals);
        Assert.True(scale.Min <= low && scale.Max >= high);
        double[] ticks = [.. scale.Ticks];
        Assert.Equal(min, ticks[0], 9);
        Assert.Equal(max, ticks[^1], 9);
        Assert.InRange(ticks.Length, 3, 8);
        Assert.All(ticks, tick => Assert.Equal(Math.Round(tick / step), tick / step, 6));
    }

    [Fact]
    public void For_NotANumber_IsAPlainUnitAxis()
    {
        AxisScale scale = AxisScale.For(double.NaN, 3);

        Assert.Equal((0.0, 1.0), (scale.Min, scale.Max));
    }
}
