using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Engines;

/// <summary>PostgreSQL's indexes for reading cells by SQL (<c>cell_rows</c> by keys, 0013), which DuckDB stores go without (migration 0012).</summary>
internal sealed partial class PostgresEngine
{
    /// <summary>
    /// Creates the two cell indexes unless they exist: an indicator's level (indicator, area type, period, breakdown)
    /// and an area's cells (area, indicator). Cheap on every open after the first; the first open after the upgrade
    /// to 0012 builds them again once, and so does the first after 0013, which moved the cells into <c>cell_rows</c>.
    /// </summary>
    private static async Task CreateCellIndexesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE INDEX IF NOT EXISTS cell_rows_by_level ON cell_rows (indicator_key, area_type_key, period_key, breakdown_key);
            CREATE INDEX IF NOT EXISTS cell_rows_by_area ON cell_rows (area_key, indicator_key);
            """,
            cancellationToken: cancellationToken));
    }
}
