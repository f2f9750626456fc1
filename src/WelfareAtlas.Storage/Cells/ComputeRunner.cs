using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Disclosure;
using WelfareAtlas.Storage.Engines;
using WelfareAtlas.Storage.Indicators;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// A compute run: reads the current observations of some indicators (or all), computes their cells with
/// <see cref="CellCalculator"/> in parallel, and replaces those indicators' cells in one transaction.
/// </summary>
/// <remarks>
/// The unit of recomputation is the indicator: a cell's quintile, rank, comparisons and trend depend on the other
/// areas and periods of the same indicator, so an import recomputes every indicator it touched and nothing else.
/// Readers see the cells of the previous run until the transaction commits.
/// Two sources can give the same indicator, area, period and breakdown (population by postal area through the
/// crosswalk, and by sub-district as delivered): the cell uses the one closest to a delivery (delivered, then a
/// sum of delivered children, then a crosswalk estimate), and among equals the newest batch.
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the run's record.</param>
public sealed partial class ComputeRunner(DbDataSource dataSource, TimeProvider time)
{
    /// <summary>The derivation of a cell whose total the run summed from the breakdowns a delivery gave (<see cref="BreakdownTotals"/>).</summary>
    public const string BreakdownTotalDerivation = "sum-of-breakdowns";

    /// <summary>The audience of the cells of an indicator whose cells disclosure control leaves as they are: one set for everyone.</summary>
    public const string AllAudiences = "all";

    /// <summary>How many observations a part of an indicator's cells holds at most (<see cref="BreakdownParts"/>), unless one breakdown has more.</summary>
    private const int ObservationsPerPart = 250_000;

    /// <summary>Recomputes every indicator in the catalogue.</summary>
    /// <param name="reason">Why the run happens, kept with the run (for example <c>full</c>).</param>
    /// <param name="cancellationToken">Cancels; the previous cells stay.</param>
    public async Task<ComputeRun> RunAllAsync(string reason, CancellationToken cancellationToken = default) =>
        (await RunCoreAsync(null, false, reason, cancellationToken))!;

    /// <summary>Recomputes the given indicators (those an import or a rollback changed).</summary>
    /// <param name="indicators">The indicators; an unknown one is skipped.</param>
    /// <param name="reason">Why the run happens, kept with the run (for example <c>import of batch 12</c>).</param>
    /// <param name="cancellationToken">Cancels; the previous cells stay.</param>
    public async Task<ComputeRun> RunAsync(IReadOnlyCollection<IndicatorId> indicators, string reason, CancellationToken cancellationToken = default) =>
        (await RunCoreAsync([.. indicators.Select(indicator => indicator.Value)], false, reason, cancellationToken))!;

    /// <summary>
    /// Recomputes the indicators whose cells are older than their observations (<see cref="IsStaleAsync"/>): those a
    /// batch's commit, rollback or publication time changed since a run last covered them, or every indicator when there
    /// is no run yet. Returns <see langword="null"/>, without a run, when nothing is stale.
    /// </summary>
    /// <param name="reason">Why the run happens, kept with the run.</param>
    /// <param name="cancellationToken">Cancels; the previous cells and the marks stay.</param>
    public Task<ComputeRun?> RunStaleAsync(string reason, CancellationToken cancellationToken = default) =>
        RunCoreAsync(null, true, reason, cancellationToken);

    /// <summary>The indicators a batch brought observations for, or had superseded: what its import or rollback changed.</summary>
    public async Task<IReadOnlyList<IndicatorId>> IndicatorsOfBatchAsync(long batchId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<string> ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT indicator_id FROM observations WHERE batch_id = $batchId OR superseded_by = $batchId ORDER BY 1",
            new { batchId },
            cancellationToken: cancellationToken));
        return [.. ids.Select(IndicatorId.Parse)];
    }

    /// <summary>
    /// Whether some cells are older than the observations: no run yet while there are observations, or an indicator
    /// that a batch's commit, rollback or publication time changed and no run has covered since (<c>stale_indicators</c>;
    /// an import with <c>--no-compute</c> leaves its indicators so, also when runs of other indicators follow).
    /// </summary>
    public async Task<bool> IsStaleAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            SELECT CASE
                WHEN (SELECT count(*) FROM compute_runs) = 0 THEN (SELECT count(*) > 0 FROM observations)
                ELSE EXISTS (SELECT 1 FROM stale_indicators)
            END
            """,
            cancellationToken: cancellationToken));
    }

    /// <param name="only">The ids of the indicators to compute; <see langword="null"/>: every one (or, with <paramref name="staleOnly"/>, the stale ones).</param>
    /// <param name="staleOnly">Compute what is stale, decided once the run holds its lock; nothing (and no run) when nothing is.</param>
    /// <param name="reason">Kept with the run.</param>
    /// <param name="cancellationToken">Cancels; the previous cells stay.</param>
    private async Task<ComputeRun?> RunCoreAsync(IReadOnlyCollection<string>? only, bool staleOnly, string reason, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // One run at a time, from reading its inputs to committing its cells: a run that read before an import and
        // committed after a later run that read after it would put back cells of the older observations. The run's
        // start and duration are counted from here, without the wait.
        await using IAsyncDisposable runLock = await StoreEngine.Of(dataSource).LockAsync(connection, "compute-run", cancellationToken);
        // The marks are read before the observations: a batch whose mark the run removes is in what it reads, and a
        // mark made after this read stays for the next run.
        List<(long Id, string IndicatorId)> marks = [.. await connection.QueryAsync<(long, string)>(new CommandDefinition(
            "SELECT id, indicator_id FROM stale_indicators", cancellationToken: cancellationToken))];
        if (staleOnly)
        {
            // Decided from the marks read, not asked again: a mark made since stays for the next run, and no run of
            // nothing is recorded. A store without a run yet computes every indicator if it has observations.
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT count(*) > 0 FROM compute_runs", cancellationToken: cancellationToken)))
            {
                if (marks.Count == 0)
                {
                    return null;
                }

                only = [.. marks.Select(mark => mark.IndicatorId).Distinct(StringComparer.Ordinal)];
            }
            else if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT count(*) > 0 FROM observations", cancellationToken: cancellationToken)))
            {
                return null;
            }
        }

        HashSet<string>? chosen = only is null ? null : new(only, StringComparer.Ordinal);
        DateTime started = time.GetUtcNow().UtcDateTime;
        Stopwatch clock = Stopwatch.StartNew();
        Dictionary<AreaCode, Area> areas = (await new AreaRepository(dataSource).ListAsync(null, null, cancellationToken)).ToDictionary(a => a.Code);
        List<Area> areaList = [.. areas.Values];
        IReadOnlyList<Indicator> catalogue = await new IndicatorRepository(dataSource).ListAsync(cancellationToken);
        List<Indicator> indicators = [.. catalogue
            .Where(indicator => chosen is null || chosen.Contains(indicator.Id.Value))
            .OrderBy(indicator => indicator.Id.Value, StringComparer.Ordinal)];
        // The marks this run settles: its indicators', and those of indicators no longer in the catalogue (no run covers them).
        HashSet<string> computed = [.. indicators.Select(indicator => indicator.Id.Value)];
        HashSet<string> catalogued = [.. catalogue.Select(indicator => indicator.Id.Value)];
        long[] settled = [.. marks.Where(mark => computed.Contains(mark.IndicatorId) || !catalogued.Contains(mark.IndicatorId)).Select(mark => mark.Id)];
        List<IndicatorMethod> methods = [.. indicators.Select(indicator => new IndicatorMethod(indicator.Id, indicator.Measure, indicator.Multiplier))];
        IReadOnlyDictionary<IndicatorId, IReadOnlyList<CrosswalkShare>> shares =
            await new DisclosureInputRepository(dataSource).ListCrosswalkSharesAsync([.. indicators.Select(indicator => indicator.Id)], cancellationToken);

        Dictionary<IndicatorId, List<StoredObservation>>? published = await ReadPublishedObservationsAsync(connection, methods, started, cancellationToken);
        long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('compute_run_ids')", cancellationToken: cancellationToken));

        // The cells go straight into `cell_blocks` inside the run's transaction, after its delete of the indicators'
        // blocks: DuckDB's appender and PostgreSQL's COPY both write in the connection's transaction, so a run that fails
        // or is killed leaves the previous cells, and readers see the old cells until the commit (each engine's MVCC).
        // Cells keep keys (0013): the texts a run meets first are numbered as it writes and saved in the same transaction.
        CellKeys keys = await CellKeys.ReadAsync(connection, cancellationToken);
        ColumnType[] columns = [.. (await StoreTables.ListColumnsAsync(connection, "cell_blocks", cancellationToken)).Select(column => column.Type)];
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (methods.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM cell_blocks WHERE indicator_key IN (SELECT indicator_key FROM observation_indicators WHERE indicator_id IN $ids)",
                new { ids = methods.Select(m => m.Id.Value).ToArray() },
                transaction,
                cancellationToken: cancellationToken));
        }

        long cells = await ComputeAndWriteAsync(
            connection, id, keys, columns, indicators, areas, areaList, shares, await ObservationSnapshot.OpenAsync(dataSource, cancellationToken), published, cancellationToken);
        await keys.SaveNewTextsAsync(StoreEngine.Of(dataSource), connection, cancellationToken);
        ComputeRun run = new(id, started, started + clock.Elapsed, reason, methods.Count, cells);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO compute_runs VALUES ($Id, $StartedAt, $FinishedAt, $Reason, $Indicators, $Cells)",
            run,
            transaction,
            cancellationToken: cancellationToken));
        if (settled.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM stale_indicators WHERE id IN $settled", new { settled }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>
    /// One indicator's cells, a part at a time: disclosure control decides what the public may see; where it hides
    /// any cell, the public gets cells of its own computed from the protected observations, so that no comparison,
    /// rank, quintile or trend it sees is computed from a hidden number.
    /// </summary>
    /// <remarks>
    /// Disclosure control needs the whole indicator (its relations join breakdowns: a topic's total is the sum of the
    /// topics), but a cell depends only on cells of its own breakdown (its benchmarks, peers and trend have the same
    /// breakdown), so the cells are computed for a few breakdowns at a time (<see cref="BreakdownParts"/>), each part's
    /// cells handed to the writer before the next part's are computed. The cells are the same as computing the whole
    /// indicator at once (<see cref="BreakdownParts"/>). At national scale one indicator's cells of
    /// both audiences held 3–4 GB at once (youth chat, 2.7 million observations); a part holds a few hundred MB.
    /// </remarks>
    private static IEnumerable<IndicatorResult> Compute(
        Indicator indicator,
        IndicatorMethod method,
        Dictionary<AreaCode, Area> areas,
        List<Area> areaList,
        IReadOnlyList<CrosswalkShare> shares,
        List<StoredObservation> sources)
    {
        List<Observation> all = [.. sources.Select(s => s.Observation)];
        IReadOnlyList<int[]> parts = BreakdownParts.Of(all, ObservationsPerPart);

        // The first part's analyst cells do not depend on disclosure control: both at once, which shortens the
        // largest indicators' share of the run when the other core is free.
        ProtectedTable? protectedForAnalysts = null;
        IReadOnlyList<IndicatorCell>? firstCells = null;
        Parallel.Invoke(
            () => protectedForAnalysts = DisclosureControl.Protect(indicator, all, areaList, shares, Audience.Analyst),
            () => firstCells = parts.Count > 0 ? CellCalculator.Compute(method, areas, Select(all, parts[0])) : []);
        ProtectedTable analysts = protectedForAnalysts!;
        bool everyone = analysts.Audit.Passed && !analysts.Cells.Any(cell => cell.State.IsWithheld());

        ProtectedTable publicTable = DisclosureControl.ForPublic(analysts with { Cells = [] });
        for (int p = 0; p < parts.Count; p++)
        {
            int[] part = parts[p];
            List<StoredObservation> partSources = Select(sources, part);
            List<Observation> partObservations = Select(all, part);
            IReadOnlyList<IndicatorCell> cells = p == 0 ? firstCells! : CellCalculator.Compute(method, areas, partObservations);
            ProtectedTable partAnalysts = analysts with { Cells = Select(analysts.Cells, part) };
            if (everyone)
            {
                yield return new IndicatorResult(partSources, [new AudienceCells(AllAudiences, cells, partAnalysts)]);
                continue;
            }

            ProtectedTable published = publicTable with { Cells = [.. partAnalysts.Cells.Select(cell => PublicCells.Of(cell, analysts.Audit.Passed))] };
            IReadOnlyList<IndicatorCell> publicCells = PublicCells.Compute(method, areas, published.Cells, partObservations, cells);
            yield return new IndicatorResult(partSources, [new AudienceCells("analyst", cells, partAnalysts), new AudienceCells("public", publicCells, published)]);
        }
    }

    private static List<T> Select<T>(IReadOnlyList<T> items, int[] positions)
    {
        List<T> selected = new(positions.Length);
        foreach (int position in positions)
        {
            selected.Add(items[position]);
        }

        return selected;
    }

    private static List<StoredObservation> WithBreakdownTotals(IndicatorMethod method, List<StoredObservation> sources)
    {
        List<Observation> delivered = [.. sources.Select(s => s.Observation)];
        foreach ((Observation total, IReadOnlyList<int> parts) in BreakdownTotals.Derive(method.Measure, delivered))
        {
            sources.Add(new StoredObservation(total, parts.Max(i => sources[i].BatchId), BreakdownTotalDerivation));
        }

        return sources;
    }

    /// <summary>
    /// Reads the indicators' observations one at a time from <paramref name="snapshot"/> (the largest first, so that the
    /// two cores do not end with one of them alone on one indicator) and computes them on the other threads, one per
    /// core, while this one appends each part of an indicator's cells to `cell_blocks` as soon as it is ready and
    /// lets it go: the reading and the append overlap the computing, and the observations and cells held at once are
    /// those of the indicators being computed and of at most a few waiting (the national demo's run held 4.3 GB of live
    /// managed memory at most when every observation was read first, docs/PERFORMANCE.md). The snapshot is disposed
    /// once read. A failure of any of the three ends the run with that failure (<see cref="ComputePipeline"/>).
    /// </summary>
    private Task<long> ComputeAndWriteAsync(
        DbConnection connection,
        long runId,
        CellKeys keys,
        ColumnType[] columns,
        List<Indicator> indicators,
        Dictionary<AreaCode, Area> areas,
        List<Area> areaList,
        IReadOnlyDictionary<IndicatorId, IReadOnlyList<CrosswalkShare>> shares,
        ObservationSnapshot snapshot,
        Dictionary<IndicatorId, List<StoredObservation>>? published,
        CancellationToken cancellationToken)
    {
        List<Indicator> largestFirst = [.. indicators.OrderByDescending(indicator => snapshot.RowsOf(indicator.Id))];
        return ComputePipeline.RunAsync(
            token => ReadAsync(snapshot, largestFirst, token),
            input => ComputeIndicator(input.Indicator, input.Observations, areas, areaList, shares[input.Indicator.Id], published),
            (results, token) => AppendAsync(connection, runId, keys, columns, results, token),
            Environment.ProcessorCount,
            cancellationToken);
    }

    /// <summary>The indicators' current observations from <paramref name="snapshot"/>, in the given order; disposes the snapshot once read.</summary>
    private static async IAsyncEnumerable<(Indicator Indicator, List<StoredObservation> Observations)> ReadAsync(
        ObservationSnapshot snapshot,
        List<Indicator> indicators,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (snapshot)
        {
            foreach (Indicator indicator in indicators)
            {
                yield return (indicator, await snapshot.ReadAsync(indicator.Id, cancellationToken));
            }
        }
    }

    /// <summary>One indicator's cells, a part at a time (<see cref="Compute"/>); with an embargo, the analysts' parts, then the public's.</summary>
    private static IEnumerable<IndicatorResult> ComputeIndicator(
        Indicator indicator,
        List<StoredObservation> observations,
        Dictionary<AreaCode, Area> areas,
        List<Area> areaList,
        IReadOnlyList<CrosswalkShare> shares,
        Dictionary<IndicatorId, List<StoredObservation>>? published)
    {
        IndicatorMethod method = new(indicator.Id, indicator.Measure, indicator.Multiplier);
        List<StoredObservation> sources = WithBreakdownTotals(method, observations);
        List<StoredObservation>? publishedSources = published is null ? null : Take(published, indicator.Id);
        foreach (IndicatorResult part in Compute(indicator, method, areas, areaList, shares, sources))
        {
            yield return publishedSources is null ? part : ForAnalysts(part);
        }

        if (publishedSources is not null)
        {
            foreach (IndicatorResult part in Compute(indicator, method, areas, areaList, shares, WithBreakdownTotals(method, publishedSources)))
            {
                yield return ForPublic(part);
            }
        }
    }

    /// <summary>
    /// Removes an indicator's published observations from the run's inputs and returns them, so that they live only as
    /// long as its result (until its cells are appended) rather than until the end of the run.
    /// </summary>
    private static List<StoredObservation>? Take(Dictionary<IndicatorId, List<StoredObservation>> observations, IndicatorId indicator)
    {
        lock (observations)
        {
            return observations.Remove(indicator, out List<StoredObservation>? list) ? list : null;
        }
    }
}
