using WelfareAtlas.Observations;

namespace WelfareAtlas.Storage.Batches;

/// <summary>An observation read from a file, with where it was read, for the duplicate-key report and traceability.</summary>
/// <param name="Observation">The observation.</param>
/// <param name="Line">1-based line (CSV) or sheet row (XLSX); <see langword="null"/> for a cube cell.</param>
/// <param name="Location">Where else it was read from when a line cannot say (a cube cell's codes); <see langword="null"/> when the line is enough.</param>
public sealed record SourcedObservation(Observation Observation, int? Line, string? Location = null);
