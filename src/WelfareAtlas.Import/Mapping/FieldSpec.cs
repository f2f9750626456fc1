namespace WelfareAtlas.Import.Mapping;

/// <summary>Where one dimension of an observation comes from: a constant, or a column with an optional value map.</summary>
public sealed record FieldSpec
{
    /// <summary>The column name (CSV, XLSX) or dimension id (PX, JSON-stat); exclusive with <see cref="Constant"/>.</summary>
    public string? Column { get; init; }

    /// <summary>The same text for every row.</summary>
    public string? Constant { get; init; }

    /// <summary>Source text → our text (<c>"N": "female"</c>); texts not in it follow <see cref="Unmapped"/>.</summary>
    public IReadOnlyDictionary<string, string>? Map { get; init; }

    /// <summary>
    /// What to do with a text missing from <see cref="Map"/>: <c>keep</c> it as it is (default), <c>skip</c> the row
    /// (counted, not an error: a file with more indicators than wanted), or <c>error</c>.
    /// </summary>
    public string? Unmapped { get; init; }

    /// <summary>The text for values missing from <see cref="Map"/> (<c>total</c> for a sex column that also holds other things); overrides <see cref="Unmapped"/>.</summary>
    public string? Default { get; init; }

    /// <summary>
    /// For the area only, how to read a code: <c>postal-code</c> (5 digits, leading zeros restored), <c>municipality</c>
    /// (3 digits, <c>91</c> → <c>091</c>), <c>kokotunnus</c> (10 characters), <c>district</c> (Helsinki's short codes: <c>101</c> →
    /// <c>0911101000</c>, a major district <c>1</c> → <c>0911000000</c>, the city <c>000</c> → <c>091</c>), <c>sub-district</c> (short <c>392</c> → its kokotunnus), <c>major-district</c> (<c>5</c> →
    /// <c>0915000000</c>); <see langword="null"/> takes the leading digits as they are.
    /// </summary>
    public string? Kind { get; init; }
}
