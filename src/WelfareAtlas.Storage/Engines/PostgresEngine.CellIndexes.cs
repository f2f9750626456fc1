using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Engines;

/// <summary>PostgreSQL's indexes for reading cells by SQL, which DuckDB stores go without (migration 0012).</summary>
internal sealed partial class PostgresEngine
{
    /// <summary>
    /// Creates the two cell indexes unless they exist: an indicator's level (indicator, area type, period, breakdown)
    /// and an area's cells (area, indicator). Cheap on every open after the first; the first open after the upgrade
    /// to 0012 builds them again once.
    /// </summary>
    private static async Task CreateCellIndexesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE INDEX IF NOT EXISTS indicator_cells_by_level ON indicator_cells (indicator_id, area_type, period, breakdown);
            CREATE INDEX IF NOT EXISTS indicator_cells_by_area ON indicator_cells (area_code, indicator_id);
            """,
            cancellationToken: cancellationToken));
    }
}
