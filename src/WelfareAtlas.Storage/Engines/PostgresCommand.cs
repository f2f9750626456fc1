using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace WelfareAtlas.Storage.Engines;

/// <summary>An Npgsql command that takes the store's SQL: see <see cref="PostgresParameterSyntax"/> and <see cref="PrepareParameters"/>.</summary>
internal sealed class PostgresCommand(NpgsqlCommand inner, PostgresConnection connection) : DbCommand
{
    private string text = string.Empty;
    private PostgresConnection? owner = connection;

    [AllowNull]
    public override string CommandText
    {
        get => text;
        set
        {
            text = value ?? string.Empty;
#pragma warning disable CA2100 // The text is the caller's parameterised SQL with only the parameter markers rewritten.
            inner.CommandText = PostgresParameterSyntax.Rewrite(text);
#pragma warning restore CA2100
        }
    }

    public override int CommandTimeout
    {
        get => inner.CommandTimeout;
        set => inner.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => inner.CommandType;
        set => inner.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => inner.DesignTimeVisible;
        set => inner.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => inner.UpdatedRowSource;
        set => inner.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => owner;
        set
        {
            owner = value as PostgresConnection;
            inner.Connection = owner?.Inner ?? value as NpgsqlConnection;
        }
    }

    protected override DbParameterCollection DbParameterCollection => inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => inner.Transaction;
        set => inner.Transaction = (NpgsqlTransaction?)value;
    }

    public override void Cancel() => inner.Cancel();

    public override int ExecuteNonQuery()
    {
        PrepareParameters();
        return inner.ExecuteNonQuery();
    }

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        PrepareParameters();
        return inner.ExecuteNonQueryAsync(cancellationToken);
    }

    public override object? ExecuteScalar()
    {
        PrepareParameters();
        return inner.ExecuteScalar();
    }

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        PrepareParameters();
        return inner.ExecuteScalarAsync(cancellationToken);
    }

    public override void Prepare() => inner.Prepare();

    public override Task PrepareAsync(CancellationToken cancellationToken = default) => inner.PrepareAsync(cancellationToken);

    protected override DbParameter CreateDbParameter() => inner.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        PrepareParameters();
        return inner.ExecuteReader(behavior);
    }

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        PrepareParameters();
        return await inner.ExecuteReaderAsync(behavior, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// The store keeps times as UTC in <c>TIMESTAMP</c> columns (no zone), as DuckDB does. Npgsql would send a
    /// <see cref="DateTime"/> parameter as <c>timestamptz</c> (converted by the session's time zone) or refuse a UTC one,
    /// so every time is sent here, in one place, as a plain <c>timestamp</c> with its value unchanged.
    /// </summary>
    private void PrepareParameters()
    {
        foreach (NpgsqlParameter parameter in inner.Parameters)
        {
            if (parameter.Value is DateTime time)
            {
                parameter.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Timestamp;
                parameter.Value = DateTime.SpecifyKind(time, DateTimeKind.Unspecified);
            }
        }
    }
}
