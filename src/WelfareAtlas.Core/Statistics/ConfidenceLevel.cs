using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace WelfareAtlas.Statistics;

/// <summary>
/// A two-sided confidence level, held as a fraction in [0.9, 1] (0.95 for 95 %, 0.998 for 99.8 %).
/// </summary>
/// <remarks>
/// Follows PHEindicatormethods: a level in [90, 100] is read as a percentage and divided by 100; anything
/// below 0.9, between 1 and 90, or above 100 is rejected. A level of exactly 1 is accepted: its critical
/// value is infinite and the methods return their widest possible interval.
/// </remarks>
public readonly record struct ConfidenceLevel
{
    private ConfidenceLevel(double value)
    {
        Value = value;
        // Two-sided: the upper (1 + c) / 2 quantile of the standard normal, e.g. 1.959963984540054 at 95 %.
        Z = Normal.InvCDF(0, 1, UpperTailProbability);
    }

    /// <summary>95 %: the inner control limit (2 sigma) in profiles.</summary>
    public static ConfidenceLevel Percent95 { get; } = new(0.95);

    /// <summary>99.8 %: the outer control limit (3 sigma) in profiles.</summary>
    public static ConfidenceLevel Percent998 { get; } = new(0.998);

    /// <summary>The level as a fraction in [0.9, 1].</summary>
    public double Value { get; }

    /// <summary>The two-sided standard normal critical value, z = Φ⁻¹((1 + c) / 2); +∞ at a level of 1.</summary>
    public double Z { get; }

    /// <summary>The lower tail probability (1 − c) / 2, e.g. 0.025 at 95 %.</summary>
    public double LowerTailProbability => (1 - Value) / 2;

    /// <summary>The upper tail probability c + (1 − c) / 2, e.g. 0.975 at 95 %.</summary>
    public double UpperTailProbability => Value + ((1 - Value) / 2);

    /// <summary>The level as a percentage label in invariant culture: <c>95</c>, <c>99.8</c>.</summary>
    public string PercentLabel => (Value * 100).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Reads a level given as a fraction (0.95) or a percentage (95), or says why it is not one.</summary>
    /// <param name="level">A fraction in [0.9, 1] or a percentage in [90, 100].</param>
    /// <param name="confidence">The level when the result is <see langword="true"/>.</param>
    /// <param name="error">Why <paramref name="level"/> is rejected, when the result is <see langword="false"/>.</param>
    public static bool TryCreate(double level, out ConfidenceLevel confidence, [NotNullWhen(false)] out string? error)
    {
        confidence = default;
        if (double.IsNaN(level) || level < 0.9 || (level > 1 && level < 90) || level > 100)
        {
            error = "confidence level must be between 90 and 100 or between 0.9 and 1";
            return false;
        }

        double fraction = level >= 90 ? level / 100 : level;
        confidence = fraction switch
        {
            0.95 => Percent95,
            0.998 => Percent998,
            _ => new ConfidenceLevel(fraction),
        };
        error = null;
        return true;
    }

    /// <summary>A level known to be valid; throws <see cref="ArgumentOutOfRangeException"/> otherwise.</summary>
    public static ConfidenceLevel Create(double level) =>
        TryCreate(level, out ConfidenceLevel confidence, out string? error)
            ? confidence
            : throw new ArgumentOutOfRangeException(nameof(level), level, error);

    /// <inheritdoc />
    public override string ToString() => PercentLabel + " %";
}
