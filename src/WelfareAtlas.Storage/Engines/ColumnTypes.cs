namespace WelfareAtlas.Storage.Engines;

/// <summary>Reads the type names that DuckDB's and PostgreSQL's <c>information_schema.columns</c> report.</summary>
internal static class ColumnTypes
{
    /// <summary>The column type of a <c>data_type</c> from either database, or <see langword="null"/> for a type outside the portable schema.</summary>
    public static ColumnType? FromInformationSchema(string dataType) => dataType.ToUpperInvariant() switch
    {
        "VARCHAR" or "CHARACTER VARYING" or "TEXT" => ColumnType.Text,
        "INTEGER" => ColumnType.Int32,
        "BIGINT" => ColumnType.Int64,
        "DOUBLE" or "DOUBLE PRECISION" => ColumnType.Double,
        "BOOLEAN" => ColumnType.Boolean,
        "DATE" => ColumnType.Date,
        "TIMESTAMP" or "TIMESTAMP WITHOUT TIME ZONE" => ColumnType.Timestamp,
        "BLOB" or "BYTEA" => ColumnType.Bytes,
        _ => null,
    };
}
