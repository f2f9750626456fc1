namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// Queries that give a batch's distinct texts of each key dimension, in the column names of its dimension table
/// (<see cref="ObservationKeys"/>): the streaming path reads them from its staged rows, the bulk path from its
/// numbered key tables.
/// </summary>
/// <param name="Indicators">Gives <c>indicator_id</c>.</param>
/// <param name="Areas">Gives <c>area_code</c>.</param>
/// <param name="Periods">Gives <c>period</c>, <c>period_start</c>, <c>period_end</c>.</param>
/// <param name="Breakdowns">Gives <c>breakdown</c>.</param>
internal sealed record KeySources(string Indicators, string Areas, string Periods, string Breakdowns);
