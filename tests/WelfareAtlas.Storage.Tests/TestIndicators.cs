using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Tests;

/// <summary>Inserts catalogue rows that tests need; the real catalogue is filled by the catalogue import.</summary>
internal static class TestIndicators
{
    public static async Task InsertAsync(DbDataSource dataSource, string id, string measure, double multiplier = 1)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO indicators (id, measure, multiplier, synthetic, metadata) VALUES ($id, $measure, $multiplier, false, '{}')",
            new { id, measure, multiplier });
    }
}
