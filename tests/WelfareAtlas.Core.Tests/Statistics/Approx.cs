namespace WelfareAtlas.Core.Tests.Statistics;

/// <summary>Assertions with a stated tolerance.</summary>
public static class Approx
{
    /// <summary>The reference tolerance for Wilson, Byars, exact Poisson, mean, DSR and ISR (README.md).</summary>
    public const double Relative = 1e-9;

    public static void Relatively(double expected, double? actual, string context, double tolerance = Relative)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(actual is null || double.IsNaN(actual.Value), $"{context}: expected no value (NA), got {actual}");
            return;
        }

        Assert.True(actual.HasValue, $"{context}: expected {expected:R}, got no value");
        double difference = Math.Abs(actual!.Value - expected);
        double bound = tolerance * Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(
            difference <= bound || (expected == 0 && Math.Abs(actual.Value) <= tolerance),
            $"{context}: expected {expected:R}, got {actual.Value:R} (relative difference {difference / Math.Abs(expected):E2})");
    }

    public static void Absolutely(double expected, double? actual, string context, double tolerance)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(actual is null || double.IsNaN(actual.Value), $"{context}: expected no value (NA), got {actual}");
            return;
        }

        Assert.True(actual.HasValue, $"{context}: expected {expected:R}, got no value");
        Assert.True(
            Math.Abs(actual!.Value - expected) <= tolerance,
            $"{context}: expected {expected:R}, got {actual.Value:R} (absolute tolerance {tolerance})");
    }
}
