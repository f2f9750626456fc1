namespace WelfareAtlas.Import.Mapping;

/// <summary>What the mapping makes of one cell text of a dimension: its value, or that it skips or rejects the row.</summary>
/// <typeparam name="T">The dimension's value.</typeparam>
/// <param name="Outcome">Value, skip or problem.</param>
/// <param name="Value">The value when <paramref name="Outcome"/> is <see cref="MappedTextOutcome.Value"/>; otherwise the default.</param>
public readonly record struct MappedText<T>(MappedTextOutcome Outcome, T Value);
