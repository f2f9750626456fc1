using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Engines;

/// <summary>PostgreSQL's guard of the audit log: triggers that refuse every UPDATE and DELETE of its rows, and TRUNCATE.</summary>
internal sealed partial class PostgresEngine
{
    /// <summary>The session setting that lets <see cref="ClearAsync"/> truncate the audit log, set only for its own transaction.</summary>
    private const string ClearingSetting = "atlas.clearing_interrupted_start";

    /// <remarks>
    /// The body is single-quoted, not dollar-quoted: the connection's parameter rewrite would read <c>$tag$</c> as a parameter.
    /// Created (again) on every open, after the migrations, because PL/pgSQL has no DuckDB form and migrations are one SQL
    /// for both. TRUNCATE is refused too, except inside the transaction in which the store empties its tables after a
    /// first start that stopped half-way (<see cref="ClearingSetting"/> set locally there). The functions live in the
    /// store's schema (the first of the search path), so stores in different schemas of one database each have their own.
    /// Like any trigger, these guard against the application and its users, not against the table's owner, who can
    /// disable them; the hash chain is what shows such tampering.
    /// </remarks>
    private static async Task MakeAuditLogAppendOnlyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            CREATE OR REPLACE FUNCTION atlas_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
                'BEGIN RAISE EXCEPTION ''audit_log is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''; END';
            DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION atlas_audit_log_append_only();
            CREATE OR REPLACE FUNCTION atlas_audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS
                'BEGIN IF coalesce(current_setting(''{ClearingSetting}'', true), '''') <> ''on'' THEN RAISE EXCEPTION ''audit_log is append-only: TRUNCATE refused'' USING ERRCODE = ''insufficient_privilege''; END IF; RETURN NULL; END';
            DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION atlas_audit_log_no_truncate();
            """,
            cancellationToken: cancellationToken));
    }
}
