using System.Collections.Concurrent;
using System.Data.Common;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The cells of the newest compute run held in memory, one <see cref="IndicatorCellSet"/> per indicator and audience,
/// so that a page or API call finds its cells by dictionary lookups instead of queries over the whole cells table.
/// One instance per store and process; safe to share between requests.
/// </summary>
/// <remarks>
/// <para>
/// Cells change only in compute runs, which replace them and record the run in one transaction; every call reads the
/// newest run's id (<see cref="ComputeRunCheck"/>: one primary-key lookup, once per web request) and drops everything kept from an older run, so app instances sharing a
/// PostgreSQL store, and <c>atlas compute</c> beside a running app, are seen on the next request, as with
/// <see cref="CellAvailabilityCache"/>. An indicator is read whole on its first request after a run (one query; about
/// a second for the largest demo indicator on a quiet machine) and then kept; requests that arrive while it is read
/// wait for the same read.
/// </para>
/// <para>
/// The audience is part of the key: a set is read with <see cref="CellRepository.ReadSetAsync"/> for one audience,
/// and serves the other too only when the indicator has no cells but those for everyone.
/// </para>
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
public sealed class CellSnapshot(DbDataSource dataSource)
{
    private Generation current = new(-1);

    /// <summary>The cells of <paramref name="indicator"/> as <paramref name="audience"/> reads them, as of the newest compute run.</summary>
    public async Task<IndicatorCellSet> GetAsync(Audience audience, IndicatorId indicator, CancellationToken cancellationToken = default) =>
        (await GetAsync(audience, [indicator], cancellationToken))[indicator];

    /// <summary>The cells of each of <paramref name="indicators"/> as <paramref name="audience"/> reads them, as of the newest compute run (one check of the run for all).</summary>
    public async Task<IReadOnlyDictionary<IndicatorId, IndicatorCellSet>> GetAsync(Audience audience, IEnumerable<IndicatorId> indicators, CancellationToken cancellationToken = default)
    {
        Generation generation = await CurrentAsync(cancellationToken);
        // Started together: after a run, the sets not yet read are read in parallel (a profile needs a dozen or more).
        Dictionary<IndicatorId, Task<IndicatorCellSet>> reads = [];
        foreach (IndicatorId indicator in indicators)
        {
            if (!reads.ContainsKey(indicator))
            {
                reads[indicator] = generation.GetAsync(dataSource, audience, indicator, cancellationToken);
            }
        }

        Dictionary<IndicatorId, IndicatorCellSet> sets = [];
        foreach ((IndicatorId indicator, Task<IndicatorCellSet> read) in reads)
        {
            sets[indicator] = await read;
        }

        return sets;
    }

    /// <summary>Whether the cells of <paramref name="indicator"/> for <paramref name="audience"/> of the run seen last are in memory (read and kept), without asking the store.</summary>
    public bool Holds(Audience audience, IndicatorId indicator) => Volatile.Read(ref current).Holds(audience, indicator);

    private async Task<Generation> CurrentAsync(CancellationToken cancellationToken)
    {
        long run = await ComputeRunCheck.NewestAsync(dataSource, cancellationToken);
        Generation seen = Volatile.Read(ref current);
        if (seen.Run == run)
        {
            return seen;
        }

        // Cells read after this run id are at least as new as the run; if a run commits while they are read, the next
        // request sees its id and reads again. When another request has just installed a generation for another run,
        // this request reads into its own, which is not kept.
        Generation fresh = new(run);
        Generation before = Interlocked.CompareExchange(ref current, fresh, seen);
        return ReferenceEquals(before, seen) || before.Run != run ? fresh : before;
    }

    /// <summary>The sets read for one compute run.</summary>
    private sealed class Generation(long run)
    {
        private readonly ConcurrentDictionary<(Audience Audience, IndicatorId Indicator), Lazy<Task<IndicatorCellSet>>> sets = new();

        public long Run { get; } = run;

        public bool Holds(Audience audience, IndicatorId indicator) =>
            sets.TryGetValue((audience, indicator), out Lazy<Task<IndicatorCellSet>>? read) && read.IsValueCreated && read.Value.IsCompletedSuccessfully;

        public async Task<IndicatorCellSet> GetAsync(DbDataSource dataSource, Audience audience, IndicatorId indicator, CancellationToken cancellationToken)
        {
            (Audience, IndicatorId) key = (audience, indicator);
            // The read is not cancelled with the request that started it: others may be waiting for it. On the thread
            // pool, because DuckDB's reads complete synchronously and the reads of a request's indicators should overlap.
            Lazy<Task<IndicatorCellSet>> read = sets.GetOrAdd(key, _ => new Lazy<Task<IndicatorCellSet>>(() => Task.Run(() => ReadAsync(dataSource, audience, indicator))));
            try
            {
                return await read.Value.WaitAsync(cancellationToken);
            }
            catch (Exception) when (read.Value.IsFaulted)
            {
                // A failed read (a broken connection) is not kept: the next request tries again.
                sets.TryRemove(new KeyValuePair<(Audience, IndicatorId), Lazy<Task<IndicatorCellSet>>>(key, read));
                throw;
            }
        }

        private async Task<IndicatorCellSet> ReadAsync(DbDataSource dataSource, Audience audience, IndicatorId indicator)
        {
            (IndicatorCellSet cells, bool forEveryone) = await new CellRepository(dataSource).ReadSetAsync(audience, indicator, CancellationToken.None);
            if (forEveryone)
            {
                Audience other = audience == Audience.Analyst ? Audience.Public : Audience.Analyst;
                sets.TryAdd((other, indicator), new Lazy<Task<IndicatorCellSet>>(Task.FromResult(cells)));
            }

            return cells;
        }
    }
}
