namespace WelfareAtlas.Storage.Cells;

/// <summary>The record of one compute run.</summary>
/// <param name="Id">The run's number; cells name the run that wrote them.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="FinishedAt">When its cells were written (UTC).</param>
/// <param name="Reason">Why it ran: <c>full</c>, <c>import of batch 12</c>, <c>rollback of batch 12</c>, ...</param>
/// <param name="Indicators">How many indicators it recomputed.</param>
/// <param name="Cells">How many cells it wrote.</param>
public sealed record ComputeRun(long Id, DateTime StartedAt, DateTime FinishedAt, string Reason, int Indicators, long Cells)
{
    /// <summary>How long the run took.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;
}
