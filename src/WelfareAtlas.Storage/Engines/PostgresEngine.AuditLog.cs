using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Engines;

/// <summary>PostgreSQL's guard of the audit log: a trigger that refuses every UPDATE and DELETE of its rows.</summary>
internal sealed partial class PostgresEngine
{
    /// <remarks>
    /// The body is single-quoted, not dollar-quoted: the connection's parameter rewrite would read <c>$tag$</c> as a parameter.
    /// Created (again) on every open, after the migrations, because PL/pgSQL has no DuckDB form and migrations are one SQL
    /// for both. TRUNCATE is left to the database's permissions: the store empties its tables with it when a first
    /// start was interrupted, before any entry exists. The function lives in the store's schema (the first of the
    /// search path), so stores in different schemas of one database each have their own.
    /// </remarks>
    private static async Task MakeAuditLogAppendOnlyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE OR REPLACE FUNCTION atlas_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
                'BEGIN RAISE EXCEPTION ''audit_log is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''; END';
            DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION atlas_audit_log_append_only();
            """,
            cancellationToken: cancellationToken));
    }
}
