using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Mapping;

/// <summary>An observation read through a mapping, with where in the file it came from.</summary>
/// <param name="Observation">The observation.</param>
/// <param name="Line">1-based line or sheet row; <see langword="null"/> for a cube cell.</param>
/// <param name="Location">The cube cell's category codes; <see langword="null"/> for a row of a table.</param>
public sealed record MappedObservation(Observation Observation, int? Line, string? Location);
