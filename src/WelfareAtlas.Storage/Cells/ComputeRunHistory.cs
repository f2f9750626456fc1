using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Cells;

/// <summary>The records of past compute runs (<c>compute_runs</c>).</summary>
public static class ComputeRunHistory
{
    /// <summary>The compute runs that started at or after <paramref name="since"/> (UTC, by the clock of the process that ran them), oldest first.</summary>
    public static async Task<IReadOnlyList<ComputeRun>> ListSinceAsync(DbDataSource dataSource, DateTime since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(long Id, DateTime StartedAt, DateTime FinishedAt, string Reason, int Indicators, long Cells)> runs =
            await connection.QueryAsync<(long, DateTime, DateTime, string, int, long)>(new CommandDefinition(
                "SELECT id, started_at, finished_at, reason, indicators, cells FROM compute_runs WHERE started_at >= $since ORDER BY id",
                new { since },
                cancellationToken: cancellationToken));
        return [.. runs.Select(run => new ComputeRun(run.Id, run.StartedAt, run.FinishedAt, run.Reason, run.Indicators, run.Cells))];
    }
}
