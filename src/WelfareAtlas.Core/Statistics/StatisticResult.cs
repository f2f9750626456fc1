using System.Diagnostics.CodeAnalysis;

namespace WelfareAtlas.Statistics;

/// <summary>Either a computed value or the reason there is none. Expected failures are values, not exceptions.</summary>
/// <typeparam name="T">The computed value's type.</typeparam>
public sealed class StatisticResult<T>
    where T : notnull
{
    private StatisticResult(T? value, StatisticError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value; <see langword="null"/> exactly when <see cref="Error"/> is set.</summary>
    public T? Value { get; }

    /// <summary>Why there is no value; <see langword="null"/> on success.</summary>
    public StatisticError? Error { get; }

    /// <summary>Whether a value was computed.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A computed value.</summary>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Factory methods of a result type.")]
    public static StatisticResult<T> Success(T value) => new(value, null);

    /// <summary>No value, with the reason.</summary>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Factory methods of a result type.")]
    public static StatisticResult<T> Failure(StatisticError error) => new(default, error);

    /// <summary>The value, or throws <see cref="InvalidOperationException"/> with the reason: for callers that already checked.</summary>
    public T GetValueOrThrow() =>
        IsSuccess ? Value : throw new InvalidOperationException(Error.Message);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success({Value})" : $"Failure({Error.Kind}: {Error.Message})";
}
