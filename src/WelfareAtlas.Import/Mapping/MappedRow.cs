using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Mapping;

/// <summary>What one row (or cube cell) of the file gave: its valid observations and its problems.</summary>
/// <param name="Observations">The observations that passed validation.</param>
/// <param name="Problems">The row's problems; an error means the observation it names (or the whole row) was not taken.</param>
/// <param name="Skipped">Whether the row was left out on purpose (a <c>where</c> filter, an unmapped indicator to skip).</param>
public sealed record MappedRow(IReadOnlyList<MappedObservation> Observations, IReadOnlyList<ImportProblem> Problems, bool Skipped);
