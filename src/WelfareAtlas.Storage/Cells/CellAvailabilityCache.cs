using System.Collections.Concurrent;
using System.Data.Common;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// Each indicator's <see cref="CellRepository.ListAvailabilityAsync"/>, kept until the next compute run. Every
/// indicator data request and overview asks it, and on a large indicator (a quarter of a million cells) the query
/// reads every cell of it; cells change only in compute runs, so the newest run's id says whether a kept answer is
/// still true. One instance per store and process; safe to share between requests.
/// </summary>
/// <remarks>
/// The check is one primary-key lookup per call (<see cref="ComputeRunCheck"/>: per web request), so app instances sharing a PostgreSQL store see another instance's
/// (or <c>atlas compute</c>'s) run on their next request.
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
public sealed class CellAvailabilityCache(DbDataSource dataSource)
{
    private readonly ConcurrentDictionary<(IndicatorId, Audience), (long Run, IReadOnlyList<CellAvailability> Levels)> kept = [];

    /// <summary>Which area types, periods and breakdowns <paramref name="indicator"/> has cells for, as <paramref name="audience"/> sees them (analysts: also batches under embargo), as of the newest compute run.</summary>
    public async Task<IReadOnlyList<CellAvailability>> GetAsync(IndicatorId indicator, Audience audience, CancellationToken cancellationToken = default) =>
        (await GetAsync([indicator], audience, cancellationToken))[indicator];

    /// <summary>The levels of each of <paramref name="indicators"/> as <paramref name="audience"/> sees them, as of the newest compute run (one check of the run for all: an overview asks for a whole profile's).</summary>
    public async Task<IReadOnlyDictionary<IndicatorId, IReadOnlyList<CellAvailability>>> GetAsync(IEnumerable<IndicatorId> indicators, Audience audience, CancellationToken cancellationToken = default)
    {
        long run = await ComputeRunCheck.NewestAsync(dataSource, cancellationToken);
        Dictionary<IndicatorId, IReadOnlyList<CellAvailability>> found = [];
        foreach (IndicatorId indicator in indicators)
        {
            if (kept.TryGetValue((indicator, audience), out (long Run, IReadOnlyList<CellAvailability> Levels) entry) && entry.Run == run)
            {
                found[indicator] = entry.Levels;
                continue;
            }

            // Read after the run id: if a run commits in between, the levels are newer than the key and are read again next time.
            IReadOnlyList<CellAvailability> levels = await new CellRepository(dataSource).ListAvailabilityAsync(indicator, audience, cancellationToken);
            kept[(indicator, audience)] = (run, levels);
            found[indicator] = levels;
        }

        return found;
    }
}
