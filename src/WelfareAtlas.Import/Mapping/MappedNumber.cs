namespace WelfareAtlas.Import.Mapping;

/// <summary>What the mapping makes of the text of one number cell.</summary>
/// <param name="Kind">Number, marker or bad.</param>
/// <param name="Number">The number when <paramref name="Kind"/> is <see cref="MappedNumberKind.Number"/> (finite).</param>
/// <param name="Symbol">The marker as written (trimmed) for a suppressed or a non-empty missing cell; otherwise <see langword="null"/>.</param>
public readonly record struct MappedNumber(MappedNumberKind Kind, double? Number, string? Symbol);
