namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// The column types of the portable schema: every migration uses only these, so each has one meaning in DuckDB and in
/// PostgreSQL (see docs/architecture.md, "The store").
/// </summary>
internal enum ColumnType
{
    /// <summary><c>VARCHAR</c> (PostgreSQL also <c>TEXT</c>).</summary>
    Text,

    /// <summary><c>INTEGER</c>: 32 bits.</summary>
    Int32,

    /// <summary><c>BIGINT</c>: 64 bits.</summary>
    Int64,

    /// <summary><c>DOUBLE PRECISION</c>: IEEE 754 binary64.</summary>
    Double,

    /// <summary><c>BOOLEAN</c>.</summary>
    Boolean,

    /// <summary><c>DATE</c>.</summary>
    Date,

    /// <summary><c>TIMESTAMP</c> without time zone; the store writes UTC.</summary>
    Timestamp,

    /// <summary><c>BLOB</c> (PostgreSQL <c>BYTEA</c>; DuckDB takes either name): bytes.</summary>
    Bytes,
}
