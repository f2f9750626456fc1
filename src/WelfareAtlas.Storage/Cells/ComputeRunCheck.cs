using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The newest compute run's id, which says whether cells kept in memory (<see cref="CellSnapshot"/>,
/// <see cref="CellAvailabilityCache"/>) are still true: asked of the store once per call, or once per
/// <see cref="BeginScope"/> (a web request), so that every read of one request sees the same run.
/// </summary>
/// <remarks>
/// An indicator page asks for the availability, the data, the series and the breakdowns; on DuckDB every check is a
/// query with a fixed cost of its own (parse, plan, execute on DuckDB's threads), which on the loaded machine was a
/// good part of a request's time. A scope holds the first answer for the rest of its flow; a run that commits during
/// the request is seen by the next one.
/// </remarks>
public static class ComputeRunCheck
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Starts a scope in which the newest run is read once per store; dispose it when the request ends.</summary>
    public static IDisposable BeginScope()
    {
        Scope scope = new(Current.Value);
        Current.Value = scope;
        return scope;
    }

    /// <summary>The newest compute run's id; 0 without any. Within a scope, the first answer for <paramref name="dataSource"/>.</summary>
    public static async Task<long> NewestAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        Scope? scope = Current.Value;
        if (scope is not null && scope.TryGet(dataSource, out long kept))
        {
            return kept;
        }

        long run;
        await using (DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            run = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT coalesce(max(id), 0) FROM compute_runs", cancellationToken: cancellationToken));
        }

        scope?.Set(dataSource, run);
        return run;
    }

    private sealed class Scope(Scope? outer) : IDisposable
    {
        private readonly Lock gate = new();
        private DbDataSource? dataSource;
        private long run;
        private bool ended;

        public bool TryGet(DbDataSource source, out long newest)
        {
            lock (gate)
            {
                newest = run;
                // Work that the request started and that outlives it carries the scope along: it checks for itself.
                return !ended && ReferenceEquals(dataSource, source);
            }
        }

        public void Set(DbDataSource source, long newest)
        {
            lock (gate)
            {
                // One store per request; a second store's answer is not kept rather than mixed up with the first.
                if (dataSource is null)
                {
                    dataSource = source;
                    run = newest;
                }
            }
        }

        public void Dispose()
        {
            lock (gate)
            {
                ended = true;
            }

            Current.Value = outer;
        }
    }
}
