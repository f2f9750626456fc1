using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage.Batches.Bulk;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// The bulk CSV path: DuckDB parses the file, each distinct text of each mapped column is mapped once, and the staged
/// observations are produced by joins (docs/import/pipeline.md).
/// </summary>
/// <remarks>
/// The path stages rows only when the result is exactly what the streaming path would stage: the same observations in
/// the same order, with the same lines. It gives up, staging nothing, when DuckDB's reader refuses the file (a field
/// count, a quote, invalid UTF-8, a line over 64 KB), when a field may have been read differently (the file has quotes
/// and a field holds one or a line break), when the lines do not map one to one onto rows (blank lines), when a column
/// has more than <see cref="MaxDistinctTexts"/> distinct texts, or when any row would be rejected: the streaming path
/// then reads the file and reports every problem as always. Duplicate keys are not its concern: the commit finds them
/// in the staged rows, in file order, as for the streaming path.
/// </remarks>
public sealed partial class ImportBatchWriter
{
    /// <summary>The most distinct texts of one column (or of the breakdown columns together) that are mapped one by one; more gives up the bulk path.</summary>
    public const int MaxDistinctTexts = 1_000_000;

    // A field the streaming reader accepts is at most 65 536 characters; DuckDB refuses a longer line, so no field read
    // in bulk can be longer than the streaming reader allows.
    private const int MaxLineBytes = 65_536;

    // The columns of each lookup table after its key texts (ImportBatchWriter.Bulk.Lookups.cs).
    private static readonly ColumnType[] WhereTypes = [ColumnType.Boolean];
    private static readonly ColumnType[] AreaTypes = [ColumnType.Boolean, ColumnType.Text, ColumnType.Int32];
    private static readonly ColumnType[] IndicatorTypes = [ColumnType.Boolean, ColumnType.Boolean, ColumnType.Text, ColumnType.Boolean, ColumnType.Int32];
    private static readonly ColumnType[] PeriodTypes = [ColumnType.Text, ColumnType.Date, ColumnType.Date, ColumnType.Int32];
    private static readonly ColumnType[] BreakdownTypes = [ColumnType.Text, ColumnType.Int32];
    private static readonly ColumnType[] NumberTypes = [ColumnType.Boolean, ColumnType.Boolean, ColumnType.Double, ColumnType.Text];

    /// <summary>
    /// Stages every observation of a CSV file through DuckDB's reader and the mapping's answers for its distinct texts,
    /// before anything else is appended; on a PostgreSQL store, or when the file needs the streaming path (see the
    /// remarks), stages nothing and says why.
    /// </summary>
    /// <exception cref="InvalidOperationException">Rows were already appended or rejected.</exception>
    public async Task<BulkOutcome> StageCsvAsync(BulkCsvMapping mapping, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (sequence > 0 || rejected > 0 || observations is not null)
        {
            throw new InvalidOperationException("The bulk path stages a whole file, before any row is appended.");
        }

        if (engine.Provider != StoreProvider.DuckDb)
        {
            return BulkOutcome.NotStaged("the bulk path reads with DuckDB; this store is PostgreSQL");
        }

        List<string> tables = ["bulk_rows"];
        try
        {
            BulkOutcome outcome = await StageCsvCoreAsync(mapping, tables, cancellationToken);
            if (!outcome.Staged)
            {
                await ExecuteAsync("DELETE FROM staged_observations", null, cancellationToken);
            }

            return outcome;
        }
        catch (DbException e) when (!cancellationToken.IsCancellationRequested)
        {
            // DuckDB's reader refuses what the streaming reader reports row by row (a field count, a stray quote,
            // invalid UTF-8): the streaming path reads the file and names every such row.
            await ExecuteAsync("DELETE FROM staged_observations", null, cancellationToken);
            return BulkOutcome.NotStaged("DuckDB's reader: " + e.Message.Split('\n')[0]);
        }
        finally
        {
            await DropAsync(tables);
        }
    }

    /// <summary>Drops the bulk path's tables, which are large; a failure here must not hide the failure that got here.</summary>
    private async Task DropAsync(List<string> tables)
    {
        try
        {
            foreach (string table in tables)
            {
                await ExecuteAsync($"DROP TABLE IF EXISTS {table}", null, CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // The connection is broken; its temporary tables go with it when the writer disposes it.
        }
    }

    private async Task<BulkOutcome> StageCsvCoreAsync(BulkCsvMapping mapping, List<string> tables, CancellationToken cancellationToken)
    {
        BulkCsvFile file = mapping.File;
        if (file.Delimiter is not (';' or ',' or '\t' or '|') || file.HeaderLine < 1 || file.Columns < 1)
        {
            return BulkOutcome.NotStaged("the delimiter or header line is one the bulk path does not read");
        }

        string columns = string.Join(", ", Enumerable.Range(0, file.Columns).Select(i => string.Create(CultureInfo.InvariantCulture, $"'c{i}': 'VARCHAR'")));
        string delimiter = file.Delimiter == '\t' ? "\\t" : file.Delimiter.ToString();
        await ExecuteAsync(
            string.Create(
                CultureInfo.InvariantCulture,
                $$"""
                CREATE TEMP TABLE bulk_rows AS SELECT * FROM read_csv($path,
                    delim = '{{delimiter}}', quote = '"', escape = '"', header = false, skip = {{file.HeaderLine}},
                    auto_detect = false, strict_mode = true, null_padding = false, ignore_errors = false,
                    encoding = 'utf-8', max_line_size = {{MaxLineBytes}}, columns = { {{columns}} })
                """),
            new { path = file.Path },
            cancellationToken);
        // The table's rows are in file order (DuckDB's default preserve_insertion_order, which nothing here changes),
        // so rowid i is data row i.
        long rows = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM bulk_rows", cancellationToken: cancellationToken));

        // Row i is on line HeaderLine + 1 + i only when every line after the header is one row: no blank line (which
        // DuckDB skips silently) and no field that spans lines.
        if (file.Lines != file.HeaderLine + rows)
        {
            return BulkOutcome.NotStaged("the lines after the header are not one row each (blank lines, or fields over several lines)");
        }

        if (file.HasQuotes)
        {
            string suspicious = string.Join(" OR ", Enumerable.Range(0, file.Columns).Select(i => string.Create(CultureInfo.InvariantCulture, $"regexp_matches(c{i}, '[\"\\n\\r]')")));
            if (await connection.ExecuteScalarAsync<bool?>(new CommandDefinition($"SELECT bool_or({suspicious}) FROM bulk_rows", cancellationToken: cancellationToken)) == true)
            {
                return BulkOutcome.NotStaged("a field holds a quote or a line break, which the streaming reader reads (and warns about) its own way");
            }
        }

        Lookups lookups = new(this, tables, cancellationToken);
        if (!await lookups.BuildAsync(mapping))
        {
            return BulkOutcome.NotStaged($"a column has more than {MaxDistinctTexts} distinct texts");
        }

        long skipped = lookups.AnySkip
            ? await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT count(*) FROM bulk_rows r {Lookups.SkipJoins(mapping)} WHERE {Lookups.SkipCondition(mapping)}",
                cancellationToken: cancellationToken))
            : 0;
        tables.Add("staged_keyed");
        stagedValues = mapping.Values.Any(v => v.Value is not null || v.Lower is not null || v.Upper is not null);
        await ExecuteAsync(CreateKeyed(stagedValues), null, cancellationToken);
        (string insert, DynamicParameters parameters) = StagingStatement(mapping, lookups, stagedValues);
        long staged = await ExecuteAsync(insert, parameters, cancellationToken);
        if (staged != (rows - skipped) * mapping.Values.Count)
        {
            return BulkOutcome.NotStaged("some rows have problems, which the streaming path reports");
        }

        tables.Remove("staged_keyed");
        await UseKeyedAsync(lookups, cancellationToken);
        sequence = staged;
        return new BulkOutcome(true, rows, skipped, null);
    }

    /// <summary>
    /// The INSERT of the staged observations, keyed by numbers: every row joined with the lookups of its texts, one
    /// SELECT per values entry; the value and its limits only <paramref name="withValues"/> (CreateKeyed).
    /// </summary>
    private static (string Sql, DynamicParameters Parameters) StagingStatement(BulkCsvMapping mapping, Lookups lookups, bool withValues)
    {
        DynamicParameters parameters = new();
        StringBuilder sql = new();
        sql.Append("INSERT INTO staged_keyed\nWITH m AS (\n    SELECT r.rowid AS n, ")
            .Append("a.ix AS area_ix, b.ix AS breakdown_ix");
        List<string> rejects = ["a.ix IS NULL", "b.ix IS NULL"];
        if (mapping.Indicator is not null)
        {
            sql.Append(", i.ix AS indicator_ix, i.proportion");
            rejects.Add("i.rejected");
        }

        if (mapping.Period is not null)
        {
            sql.Append(", p.ix AS period_ix");
            rejects.Add("p.ix IS NULL");
        }

        foreach (int column in lookups.NumberColumns)
        {
            sql.Append(CultureInfo.InvariantCulture, $", n{column}.bad AS n{column}_bad, n{column}.suppressed AS n{column}_suppressed, n{column}.number AS n{column}_number, n{column}.symbol AS n{column}_symbol");
        }

        // A row some dimension rejects gives no observation at all, as in the streaming path.
        sql.Append(CultureInfo.InvariantCulture, $", {string.Join(" OR ", rejects)} AS rejected")
            .Append(CultureInfo.InvariantCulture, $"\n    FROM bulk_rows r {lookups.AllJoins(mapping)}\n    WHERE NOT ({Lookups.SkipCondition(mapping)}))\n");
        int firstLine = mapping.File.HeaderLine + 1;
        for (int e = 0; e < mapping.Values.Count; e++)
        {
            BulkValues entry = mapping.Values[e];
            string Number(int? column) => column is { } c ? $"m.n{c}_number" : "CAST(NULL AS DOUBLE)";
            string Flag(int? column, string what) => column is { } c ? $"m.n{c}_{what}" : "false";
            string Symbol(int? column) => column is { } c ? $"m.n{c}_symbol" : "CAST(NULL AS VARCHAR)";
            int?[] all = [entry.Numerator, entry.Denominator, entry.Value, entry.Lower, entry.Upper];
            string bad = string.Join(" OR ", all.Select(c => Flag(c, "bad")));
            string suppressed = string.Join(" OR ", all.Select(c => Flag(c, "suppressed")));
            int? primary = entry.Numerator ?? entry.Value;
            string primaryIsNumber = primary is null ? "false" : $"{Number(primary)} IS NOT NULL";
            string available = $"(NOT ({suppressed}) AND {primaryIsNumber})";
            string withheld = all.Any(c => c is not null)
                ? "CASE " + string.Concat(all.Where(c => c is not null).Select(c => $"WHEN {Flag(c, "suppressed")} THEN {Symbol(c)} ")) + "END"
                : "CAST(NULL AS VARCHAR)";
            string firstSymbol = "COALESCE(" + string.Join(", ", all.Select(c => $"NULLIF({Symbol(c)}, '')")) + ")";
            string proportion = entry.Indicator is { } own ? (own.Measure == Measure.Proportion ? "true" : "false") : "m.proportion";
            string numerator = Number(entry.Numerator);
            string denominator = Number(entry.Denominator);
            string value = Number(entry.Value);
            List<string> problems =
            [
                $"COALESCE({numerator} < 0, false)",
                $"COALESCE({denominator} < 0, false)",
                $"({proportion} AND COALESCE({numerator} > {denominator}, false))",
                $"({value} IS NOT NULL AND (COALESCE({Number(entry.Lower)} > {value}, false) OR COALESCE({Number(entry.Upper)} < {value}, false)))",
            ];
            if (entry.Min is { } min)
            {
                parameters.Add($"min{e}", min);
                problems.Add($"COALESCE(COALESCE({value}, {numerator}) < $min{e}, false)");
            }

            if (entry.Max is { } max)
            {
                parameters.Add($"max{e}", max);
                problems.Add($"COALESCE(COALESCE({value}, {numerator}) > $max{e}, false)");
            }

            // An entry's own indicator or period is a constant number of the batch's keys.
            string indicator = entry.Indicator is { } constant
                ? lookups.Indicators.Of(constant.Id.Value).ToString(CultureInfo.InvariantCulture)
                : "m.indicator_ix";
            string period = entry.Period is { } fixedPeriod
                ? lookups.Periods.Of(fixedPeriod).ToString(CultureInfo.InvariantCulture)
                : "m.period_ix";

            string Kept(int? column) => $"CASE WHEN {available} THEN {Number(column)} END";
            string values = withValues ? $"{Kept(entry.Value)}, {Kept(entry.Lower)}, {Kept(entry.Upper)}, " : string.Empty;
            // The status codes of bulk_key_status (ImportBatchWriter.Keyed.cs).
            sql.Append(e == 0 ? string.Empty : "UNION ALL\n").Append(CultureInfo.InvariantCulture, $"""
                SELECT m.n * {mapping.Values.Count} + {e}, CAST(m.n + {firstLine} AS INTEGER), {indicator}, m.area_ix, {period}, m.breakdown_ix,
                       {Kept(entry.Numerator)}, {Kept(entry.Denominator)}, {values}
                       CAST(CASE WHEN {suppressed} THEN 1 WHEN {available} THEN 0 ELSE 2 END AS UTINYINT),
                       CASE WHEN {suppressed} THEN {withheld} WHEN {available} THEN NULL ELSE {firstSymbol} END
                FROM m
                WHERE NOT m.rejected AND NOT ({bad}) AND NOT ({available} AND ({string.Join(" OR ", problems)}))

                """);
        }

        return (sql.ToString(), parameters);
    }
}
