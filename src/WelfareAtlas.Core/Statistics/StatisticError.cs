namespace WelfareAtlas.Statistics;

/// <summary>Why a statistic could not be computed: a kind to branch on and a message for people.</summary>
/// <param name="Kind">The class of failure.</param>
/// <param name="Message">A plain-English reason, following the reference implementation's wording where it has one.</param>
public sealed record StatisticError(StatisticErrorKind Kind, string Message)
{
    /// <summary>An <see cref="StatisticErrorKind.InvalidInput"/> error.</summary>
    public static StatisticError InvalidInput(string message) => new(StatisticErrorKind.InvalidInput, message);

    /// <summary>An <see cref="StatisticErrorKind.InvalidArgument"/> error.</summary>
    public static StatisticError InvalidArgument(string message) => new(StatisticErrorKind.InvalidArgument, message);

    /// <summary>A <see cref="StatisticErrorKind.MissingValue"/> error.</summary>
    public static StatisticError MissingValue(string message) => new(StatisticErrorKind.MissingValue, message);

    /// <summary>A <see cref="StatisticErrorKind.Suppressed"/> error.</summary>
    public static StatisticError Suppressed(string message) => new(StatisticErrorKind.Suppressed, message);

    /// <summary>An <see cref="StatisticErrorKind.InsufficientData"/> error.</summary>
    public static StatisticError InsufficientData(string message) => new(StatisticErrorKind.InsufficientData, message);
}
