namespace WelfareAtlas.Import.Mapping;

/// <summary>
/// The columns a mapping reads, for a reader that maps each distinct text once instead of row by row (the bulk CSV
/// path). For each role: <see langword="null"/> when the spec leaves it out, -1 when the spec gives a constant,
/// otherwise the 0-based column.
/// </summary>
/// <param name="Where">The column of each <c>where</c> filter, in the spec's order.</param>
/// <param name="Area">The area (never left out).</param>
/// <param name="Indicator">The row's indicator.</param>
/// <param name="Period">The row's period.</param>
/// <param name="Sex">The sex breakdown.</param>
/// <param name="Age">The age band.</param>
/// <param name="Breakdown">The free breakdown.</param>
/// <param name="Values">One per values entry, in the spec's order: each gives one observation a row.</param>
public sealed record MappingColumns(
    IReadOnlyList<int> Where,
    int Area,
    int? Indicator,
    int? Period,
    int? Sex,
    int? Age,
    int? Breakdown,
    IReadOnlyList<MappingValueColumns> Values);
