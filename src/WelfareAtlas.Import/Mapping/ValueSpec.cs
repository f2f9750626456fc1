namespace WelfareAtlas.Import.Mapping;

/// <summary>The columns of one observation in a row: counts, or a value with limits, and what it is of.</summary>
public sealed record ValueSpec
{
    /// <summary>The indicator of this observation; <see langword="null"/> takes <see cref="MappingSpec.Indicator"/>.</summary>
    public string? Indicator { get; init; }

    /// <summary>The period of this observation (a year column of a wide file); <see langword="null"/> takes <see cref="MappingSpec.Period"/>.</summary>
    public string? Period { get; init; }

    /// <summary>Column of the numerator (events, people counted, a count).</summary>
    public string? Numerator { get; init; }

    /// <summary>Column of the denominator (population at risk).</summary>
    public string? Denominator { get; init; }

    /// <summary>Column of a value given by the source (a mean, a given rate).</summary>
    public string? Value { get; init; }

    /// <summary>Column of the source's lower limit for the value.</summary>
    public string? Lower { get; init; }

    /// <summary>Column of the source's upper limit for the value.</summary>
    public string? Upper { get; init; }

    /// <summary>The smallest valid value (or count when there is no value); smaller is an error.</summary>
    public double? Min { get; init; }

    /// <summary>The largest valid value (or count when there is no value); larger is an error.</summary>
    public double? Max { get; init; }
}
