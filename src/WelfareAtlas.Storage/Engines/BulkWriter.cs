using System.Globalization;

namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// Writes many rows into one table fast: DuckDB's appender, PostgreSQL's binary <c>COPY</c>. Rows are written column by
/// column in the table's column order; nothing is visible (or, on PostgreSQL, even sent in full) before
/// <see cref="CompleteAsync"/>. Disposing without completing discards what PostgreSQL has not yet received; callers
/// that need all-or-nothing write into a temporary table or a store that is not yet in place.
/// </summary>
/// <remarks>While a PostgreSQL <c>COPY</c> is open, its connection can run nothing else: complete one writer before running SQL or opening another.</remarks>
internal abstract class BulkWriter : IAsyncDisposable
{
    /// <summary>Starts a row.</summary>
    public abstract void StartRow();

    /// <summary>The next column's value, or SQL NULL.</summary>
    public abstract void Write(string? value);

    /// <inheritdoc cref="Write(string?)"/>
    public abstract void Write(int? value);

    /// <inheritdoc cref="Write(string?)"/>
    public abstract void Write(long? value);

    /// <inheritdoc cref="Write(string?)"/>
    public abstract void Write(double? value);

    /// <inheritdoc cref="Write(string?)"/>
    public abstract void Write(bool? value);

    /// <inheritdoc cref="Write(string?)"/>
    public abstract void Write(DateOnly? value);

    /// <summary>The next column's value (UTC, kept without a zone), or SQL NULL.</summary>
    public abstract void Write(DateTime? value);

    /// <inheritdoc cref="Write(string?)"/>
    public abstract void Write(byte[]? value);

    /// <summary>Ends the row.</summary>
    public abstract void EndRow();

    /// <summary>Makes every row written so far part of the table (within the connection's transaction on PostgreSQL).</summary>
    public abstract ValueTask CompleteAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>Writes a value read from another store as a column of <paramref name="type"/>.</summary>
    /// <exception cref="InvalidCastException">The value does not fit the column's type.</exception>
    public void WriteValue(object? value, ColumnType type)
    {
        if (value is null or DBNull)
        {
            // A typed null: the writers need the column's type even for NULL.
            switch (type)
            {
                case ColumnType.Text: Write((string?)null); break;
                case ColumnType.Int32: Write((int?)null); break;
                case ColumnType.Int64: Write((long?)null); break;
                case ColumnType.Double: Write((double?)null); break;
                case ColumnType.Boolean: Write((bool?)null); break;
                case ColumnType.Date: Write((DateOnly?)null); break;
                case ColumnType.Bytes: Write((byte[]?)null); break;
                default: Write((DateTime?)null); break;
            }

            return;
        }

        switch (type)
        {
            case ColumnType.Text: Write((string)value); break;
            case ColumnType.Int32: Write(Convert.ToInt32(value, CultureInfo.InvariantCulture)); break;
            case ColumnType.Int64: Write(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ColumnType.Double: Write(Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case ColumnType.Boolean: Write((bool)value); break;
            case ColumnType.Date: Write(value is DateTime dateTime ? DateOnly.FromDateTime(dateTime) : (DateOnly)value); break;
            case ColumnType.Bytes: Write(Blobs.ToArray(value)); break;
            default: Write((DateTime)value); break;
        }
    }
}
