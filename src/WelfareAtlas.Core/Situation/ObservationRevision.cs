using WelfareAtlas.Observations;

namespace WelfareAtlas.Situation;

/// <summary>A delivered number and the one it replaced: the current observation and the superseded row of an earlier batch (<c>observations.superseded_by</c>).</summary>
/// <param name="Current">The observation now in force.</param>
/// <param name="CurrentBatch">The batch it came from.</param>
/// <param name="Superseded">The observation it replaced, for the same indicator, area, period and breakdown.</param>
/// <param name="SupersededBatch">The batch the superseded observation came from.</param>
public sealed record ObservationRevision(Observation Current, long CurrentBatch, Observation Superseded, long SupersededBatch);
