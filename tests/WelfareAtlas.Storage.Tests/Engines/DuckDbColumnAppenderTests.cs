using Dapper;
using DuckDB.NET.Data;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Tests.Engines;

public sealed class DuckDbColumnAppenderTests
{
    [Fact]
    public async Task Append_ChunksWithNulls_TableHoldsEveryValueAndNull()
    {
        await using DuckDBConnection connection = new("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync("CREATE TEMP TABLE t (id BIGINT NOT NULL, n INTEGER NOT NULL, x DOUBLE PRECISION, s VARCHAR)");
        // Two full chunks and a short one; NULLs in some chunks only, so a chunk after one with NULLs must be all valid again.
        const int Rows = (2 * DuckDbColumnAppender.VectorSize) + 5;
        long[] ids = [.. Enumerable.Range(0, Rows).Select(i => (long)i)];
        int[] numbers = [.. Enumerable.Range(0, Rows).Select(i => i * 3)];
        double?[] doubles = [.. Enumerable.Range(0, Rows).Select(i => i < DuckDbColumnAppender.VectorSize && i % 7 == 0 ? (double?)null : i / 4.0)];
        string?[] texts = [.. Enumerable.Range(0, Rows).Select(i => i % 1000 == 999 ? ".." : null)];
        using (DuckDbColumnAppender appender = new(connection, "t"))
        {
            for (int start = 0; start < Rows; start += DuckDbColumnAppender.VectorSize)
            {
                int n = Math.Min(DuckDbColumnAppender.VectorSize, Rows - start);
                appender.Start(n);
                appender.WriteInt64(0, ids.AsSpan(start, n));
                appender.WriteInt32(1, numbers.AsSpan(start, n));
                appender.WriteDouble(2, doubles.AsSpan(start, n));
                appender.WriteText(3, texts.AsSpan(start, n));
                appender.Append();
            }

            appender.Complete();
        }

        List<(long Id, int N, double? X, string? S)> stored = [.. await connection.QueryAsync<(long, int, double?, string?)>("SELECT id, n, x, s FROM t ORDER BY id")];
        Assert.Equal(Rows, stored.Count);
        for (int i = 0; i < Rows; i++)
        {
            Assert.Equal((ids[i], numbers[i], doubles[i], texts[i]), stored[i]);
        }
    }

    [Fact]
    public async Task Append_NullInNotNullColumn_ThrowsDbException()
    {
        await using DuckDBConnection connection = new("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync("CREATE TEMP TABLE t (x DOUBLE PRECISION NOT NULL)");
        using DuckDbColumnAppender appender = new(connection, "t");
        appender.Start(2);
        appender.WriteDouble(0, (double?[])[1.5, null]);

        Assert.ThrowsAny<System.Data.Common.DbException>(() =>
        {
            appender.Append();
            appender.Complete();
        });
    }
}
