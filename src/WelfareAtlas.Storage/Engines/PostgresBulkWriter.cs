using Npgsql;
using NpgsqlTypes;

namespace WelfareAtlas.Storage.Engines;

/// <summary>PostgreSQL's binary <c>COPY … FROM STDIN</c> behind <see cref="BulkWriter"/>.</summary>
/// <remarks>Writes are synchronous: Npgsql buffers them and sends a full buffer at once, so a row costs no round trip.</remarks>
internal sealed class PostgresBulkWriter(NpgsqlBinaryImporter importer, IReadOnlyList<ColumnType> columns) : BulkWriter
{
    private int column;
    private bool completed;

    public override void StartRow()
    {
        importer.StartRow();
        column = 0;
    }

    public override void Write(string? value)
    {
        NpgsqlDbType type = NextType();
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    public override void Write(byte[]? value)
    {
        NpgsqlDbType type = NextType();
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    public override void Write(int? value) => WriteColumn(value);

    public override void Write(long? value) => WriteColumn(value);

    public override void Write(double? value) => WriteColumn(value);

    public override void Write(bool? value) => WriteColumn(value);

    public override void Write(DateOnly? value) => WriteColumn(value);

    public override void Write(DateTime? value) => WriteColumn<DateTime>(value is { } time ? DateTime.SpecifyKind(time, DateTimeKind.Unspecified) : null);

    public override void EndRow()
    {
        if (column != columns.Count)
        {
            throw new InvalidOperationException($"A row of {column} values for a table of {columns.Count} columns.");
        }
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        completed = true;
        await importer.CompleteAsync(cancellationToken);
        await importer.DisposeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (!completed)
        {
            // Without Complete, disposing cancels the COPY: PostgreSQL keeps none of its rows.
            completed = true;
            await importer.DisposeAsync();
        }
    }

    private void WriteColumn<T>(T? value)
        where T : struct
    {
        NpgsqlDbType type = NextType();
        if (value is { } present)
        {
            importer.Write(present, type);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private NpgsqlDbType NextType() =>
        columns[column++] switch
        {
            ColumnType.Text => NpgsqlDbType.Varchar,
            ColumnType.Int32 => NpgsqlDbType.Integer,
            ColumnType.Int64 => NpgsqlDbType.Bigint,
            ColumnType.Double => NpgsqlDbType.Double,
            ColumnType.Boolean => NpgsqlDbType.Boolean,
            ColumnType.Date => NpgsqlDbType.Date,
            ColumnType.Bytes => NpgsqlDbType.Bytea,
            _ => NpgsqlDbType.Timestamp,
        };
}
