using DuckDB.NET.Data;

namespace WelfareAtlas.Storage.Engines;

/// <summary>DuckDB's appender behind <see cref="BulkWriter"/>.</summary>
internal sealed class DuckDbBulkWriter(DuckDBAppender appender) : BulkWriter
{
    private IDuckDBAppenderRow? row;
    private bool closed;

    public override void StartRow() => row = appender.CreateRow();

    public override void Write(string? value) => Row.AppendValue(value);

    public override void Write(int? value) => Row.AppendValue(value);

    public override void Write(long? value) => Row.AppendValue(value);

    public override void Write(double? value) => Row.AppendValue(value);

    public override void Write(bool? value) => Row.AppendValue(value);

    public override void Write(DateOnly? value) => Row.AppendValue(value is { } date ? (DuckDB.NET.Native.DuckDBDateOnly?)date : null);

    public override void Write(DateTime? value) => Row.AppendValue(value);

    public override void Write(byte[]? value) => Row.AppendValue(value);

    public override void EndRow()
    {
        Row.EndRow();
        row = null;
    }

    public override ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        closed = true;
        appender.Close();
        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        if (!closed)
        {
            closed = true;
            try
            {
                appender.Dispose();
            }
            catch (DuckDBException)
            {
                // Discarding: the rows were for a temporary table or a store not yet in place.
            }
        }

        return ValueTask.CompletedTask;
    }

    private IDuckDBAppenderRow Row => row ?? throw new InvalidOperationException("StartRow first.");
}
