using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// DuckDB's appender fed a column at a time: the values of up to <see cref="VectorSize"/> rows are written straight into
/// the vectors of a data chunk, which is then appended whole (<c>duckdb_append_data_chunk</c>).
/// </summary>
/// <remarks>
/// DuckDB.NET's row appender (<see cref="DuckDbBulkWriter"/>) takes one call per value, which cost about 40 ns a value:
/// 4–6 s of processor time for the bulk path's 10 M staged rows of 11–15 columns, on the thread that the reading waits
/// for (docs/PERFORMANCE.md, Import). Here a column of a chunk is one loop over an array. Types and NULLs are the
/// caller's to match: each <c>Write…</c> method writes the column of that type, and a value the column does not hold
/// is a bug of the caller. Rows become visible as the appender's rows do: in the connection's transaction, when
/// <see cref="Complete"/> closes it.
/// </remarks>
internal sealed unsafe class DuckDbColumnAppender : IDisposable
{
    /// <summary>The most rows of one chunk (DuckDB's standard vector size).</summary>
    public const int VectorSize = 2048;

    private readonly DuckDB.NET.Native.DuckDBAppender appender;
    private readonly DuckDBDataChunk chunk;
    private readonly IntPtr[] vectors;

    public DuckDbColumnAppender(DuckDBConnection connection, string table)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null, table, out appender) != DuckDBState.Success)
        {
            string message = ErrorOf(appender);
            appender.Dispose();
            throw new DuckDbAppendException(message);
        }

        int columns = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(appender);
        DuckDBLogicalType[] types = new DuckDBLogicalType[columns];
        try
        {
            for (int c = 0; c < columns; c++)
            {
                types[c] = NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)c);
            }

            chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk([.. types.Select(t => t.DangerousGetHandle())], (ulong)columns);
        }
        finally
        {
            foreach (DuckDBLogicalType? type in types)
            {
                type?.Dispose();
            }
        }

        vectors = new IntPtr[columns];
    }

    /// <summary>Starts a chunk of <paramref name="rows"/> rows (at most <see cref="VectorSize"/>); every column is then written once.</summary>
    public void Start(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, VectorSize);
        NativeMethods.DataChunks.DuckDBDataChunkReset(chunk);
        for (int c = 0; c < vectors.Length; c++)
        {
            vectors[c] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, c);
        }

        NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)rows);
    }

    /// <summary>An INTEGER column.</summary>
    public void WriteInt32(int column, ReadOnlySpan<int> values) => values.CopyTo(new Span<int>(NativeMethods.Vectors.DuckDBVectorGetData(vectors[column]), values.Length));

    /// <summary>A BIGINT column.</summary>
    public void WriteInt64(int column, ReadOnlySpan<long> values) => values.CopyTo(new Span<long>(NativeMethods.Vectors.DuckDBVectorGetData(vectors[column]), values.Length));

    /// <summary>A DOUBLE column; <see langword="null"/> is NULL.</summary>
    public void WriteDouble(int column, ReadOnlySpan<double?> values)
    {
        IntPtr vector = vectors[column];
        double* data = (double*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        ulong* validity = null;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                data[i] = value;
            }
            else
            {
                Invalidate(vector, ref validity, i, values.Length);
            }
        }
    }

    /// <summary>A VARCHAR column; <see langword="null"/> is NULL.</summary>
    public void WriteText(int column, ReadOnlySpan<string?> values)
    {
        IntPtr vector = vectors[column];
        ulong* validity = null;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                NativeMethods.Vectors.DuckDBVectorAssignStringElement(vector, (ulong)i, value);
            }
            else
            {
                Invalidate(vector, ref validity, i, values.Length);
            }
        }
    }

    /// <summary>Appends the chunk started by <see cref="Start"/>.</summary>
    /// <exception cref="DuckDbAppendException">DuckDB refused the rows (a NOT NULL column given NULL, a broken connection).</exception>
    public void Append()
    {
        if (NativeMethods.Appender.DuckDBAppendDataChunk(appender, chunk) != DuckDBState.Success)
        {
            throw new DuckDbAppendException(ErrorOf(appender));
        }
    }

    /// <summary>Flushes the appended rows into the table and closes the appender.</summary>
    /// <exception cref="DuckDbAppendException">DuckDB refused the rows.</exception>
    public void Complete()
    {
        if (NativeMethods.Appender.DuckDBAppenderClose(appender) != DuckDBState.Success)
        {
            throw new DuckDbAppendException(ErrorOf(appender));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        chunk.Dispose();
        // Destroying an appender that was not completed flushes what it holds into the transaction that discards it.
        appender.Dispose();
    }

    private static string ErrorOf(DuckDB.NET.Native.DuckDBAppender appender)
    {
        using DuckDBErrorData error = NativeMethods.Appender.DuckDBAppenderErrorData(appender);
        return NativeMethods.ErrorData.DuckDBErrorDataMessage(error);
    }

    /// <summary>Marks row <paramref name="row"/> NULL, making the vector's validity mask writable (all valid) on its first NULL.</summary>
    private static void Invalidate(IntPtr vector, ref ulong* validity, int row, int rows)
    {
        if (validity is null)
        {
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
            validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
            new Span<ulong>(validity, (rows + 63) / 64).Fill(ulong.MaxValue);
        }

        validity[row >> 6] &= ~(1UL << (row & 63));
    }
}
