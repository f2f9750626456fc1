namespace WelfareAtlas.Storage;

/// <summary>Which database holds the store.</summary>
public enum StoreProvider
{
    /// <summary>The embedded default: one DuckDB file in a data directory, for one analyst or one server process.</summary>
    DuckDb,

    /// <summary>A PostgreSQL 15+ database (or schema of one) shared by a server deployment.</summary>
    Postgres,
}
