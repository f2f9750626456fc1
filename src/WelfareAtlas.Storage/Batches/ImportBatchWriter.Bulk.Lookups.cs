using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Batches.Bulk;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>The lookup tables of the bulk path: each distinct text of a mapped column with what the mapping makes of it.</summary>
public sealed partial class ImportBatchWriter
{
    /// <summary>
    /// Builds one temporary table per role (<c>bulk_where_i</c>, <c>bulk_area</c>, <c>bulk_indicator</c>,
    /// <c>bulk_period</c>, <c>bulk_breakdown</c>, <c>bulk_number_c</c>), keyed by the raw text (empty for an empty
    /// field), and gives the joins of <c>bulk_rows r</c> with them. A constant role's table has one row, joined to every row.
    /// </summary>
    private sealed class Lookups(ImportBatchWriter writer, List<string> tables, CancellationToken cancellationToken)
    {
        private readonly List<int> numberColumns = [];

        /// <summary>The batch's catalogued indicators (of the column and of the values entries), numbered.</summary>
        public KeyIndex<string> Indicators { get; } = new(id => id);

        /// <summary>The batch's area codes, numbered.</summary>
        public KeyIndex<string> Areas { get; } = new(code => code);

        /// <summary>The batch's periods (of the column and of the values entries), numbered.</summary>
        public KeyIndex<Period> Periods { get; } = new(period => period.ToString());

        /// <summary>The batch's breakdown keys, numbered.</summary>
        public KeyIndex<string> Breakdowns { get; } = new(key => key);

        /// <summary>Whether some text makes the mapping skip its row.</summary>
        public bool AnySkip { get; private set; }

        /// <summary>The columns read as numbers, each with its <c>bulk_number_c</c> table.</summary>
        public IReadOnlyList<int> NumberColumns => numberColumns;

        /// <summary>Fills the tables; <see langword="false"/> when a column has too many distinct texts.</summary>
        public async Task<bool> BuildAsync(BulkCsvMapping mapping)
        {
            for (int f = 0; f < mapping.Where.Count; f++)
            {
                int filter = f;
                if (!await BuildAsync($"bulk_where_{f}", [mapping.Where[f]], WhereTypes, (texts, row) =>
                    {
                        bool allowed = mapping.Allows(filter, texts[0]!);
                        AnySkip |= !allowed;
                        row.Write(allowed);
                    }))
                {
                    return false;
                }
            }

            if (!await BuildAsync("bulk_area", [mapping.Area], AreaTypes, (texts, row) =>
                {
                    BulkArea area = mapping.AreaOf(texts[0]);
                    AnySkip |= area.Skip;
                    row.Write(area.Skip);
                    row.Write(area.Code?.Value);
                    row.Write(area.Code is { } code ? Areas.Of(code.Value) : null);
                }))
            {
                return false;
            }

            if (mapping.Indicator is { } indicatorColumn && !await BuildAsync("bulk_indicator", [indicatorColumn], IndicatorTypes, (texts, row) =>
                {
                    BulkIndicator indicator = mapping.IndicatorOf!(texts[0]);
                    AnySkip |= indicator.Skip;
                    row.Write(indicator.Skip);
                    row.Write(indicator.Rejected);
                    row.Write(indicator.Id?.Value);
                    row.Write(indicator.Measure == Measure.Proportion);
                    row.Write(indicator.Id is { } id ? Indicators.Of(id.Value) : null);
                }))
            {
                return false;
            }

            if (mapping.Period is { } periodColumn && !await BuildAsync("bulk_period", [periodColumn], PeriodTypes, (texts, row) =>
                {
                    Period? period = mapping.PeriodOf!(texts[0]);
                    row.Write(period?.ToString());
                    row.Write(period?.Start);
                    row.Write(period?.End);
                    row.Write(period is { } known ? Periods.Of(known) : null);
                }))
            {
                return false;
            }

            int?[] breakdownRoles = [mapping.Sex, mapping.Age, mapping.Breakdown];
            if (!await BuildAsync("bulk_breakdown", [.. breakdownRoles.Select(c => c ?? -1)], BreakdownTypes, (texts, row) =>
                {
                    string? key = mapping.BreakdownOf(texts[0], texts[1], texts[2])?.Key;
                    row.Write(key);
                    row.Write(key is null ? null : Breakdowns.Of(key));
                }))
            {
                return false;
            }

            foreach (int column in mapping.Values
                .SelectMany(v => (int?[])[v.Numerator, v.Denominator, v.Value, v.Lower, v.Upper])
                .OfType<int>()
                .Distinct())
            {
                numberColumns.Add(column);
                if (!await BuildAsync($"bulk_number_{column}", [column], NumberTypes, (texts, row) =>
                    {
                        BulkNumber number = mapping.NumberOf(texts[0]!);
                        row.Write(number.Bad);
                        row.Write(number.Suppressed);
                        row.Write(number.Number);
                        row.Write(number.Symbol);
                    }))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The joins that decide whether a row is skipped (where filters, area, indicator).</summary>
        public static string SkipJoins(BulkCsvMapping mapping)
        {
            List<string> joins = [.. mapping.Where.Select((column, f) => Join($"bulk_where_{f}", $"w{f}", [column]))];
            joins.Add(Join("bulk_area", "a", [mapping.Area]));
            if (mapping.Indicator is { } indicator)
            {
                joins.Add(Join("bulk_indicator", "i", [indicator]));
            }

            return string.Join(' ', joins);
        }

        /// <summary>Every join: those of <see cref="SkipJoins"/>, the period, the breakdown and the numbers.</summary>
        public string AllJoins(BulkCsvMapping mapping)
        {
            List<string> joins = [SkipJoins(mapping)];
            if (mapping.Period is { } period)
            {
                joins.Add(Join("bulk_period", "p", [period]));
            }

            joins.Add(Join("bulk_breakdown", "b", [mapping.Sex ?? -1, mapping.Age ?? -1, mapping.Breakdown ?? -1]));
            joins.AddRange(numberColumns.Select(c => Join($"bulk_number_{c}", $"n{c}", [c])));
            return string.Join(' ', joins);
        }

        /// <summary>The condition, over the joins of <see cref="SkipJoins"/>, under which the mapping skips a row.</summary>
        public static string SkipCondition(BulkCsvMapping mapping)
        {
            List<string> skips = [.. mapping.Where.Select((_, f) => $"NOT w{f}.allowed"), "a.skip"];
            if (mapping.Indicator is not null)
            {
                skips.Add("i.skip");
            }

            return "(" + string.Join(" OR ", skips) + ")";
        }

        // Key columns k0, k1, … hold the raw texts of the role's columns; a -1 (a constant or a role left out) has no key.
        private static string Join(string table, string alias, IReadOnlyList<int> columns)
        {
            string[] keys = [.. columns.Select((column, k) => column < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{alias}.k{k} = COALESCE(r.c{column}, '')")).OfType<string>()];
            return $"JOIN {table} {alias} ON {(keys.Length == 0 ? "true" : string.Join(" AND ", keys))}";
        }

        /// <summary>
        /// Creates <paramref name="table"/> (key columns <c>k0…</c>, then the role's columns) and appends one row per
        /// distinct combination of the texts of <paramref name="columns"/>; a -1 column gets a <see langword="null"/> text.
        /// </summary>
        private async Task<bool> BuildAsync(string table, IReadOnlyList<int> columns, ColumnType[] types, Action<string?[], BulkWriter> write)
        {
            int[] read = [.. columns.Where(c => c >= 0)];
            List<string?[]> distinct = [];
            if (read.Length == 0)
            {
                distinct.Add(new string?[columns.Count]);
            }
            else
            {
                string select = string.Join(", ", read.Select(c => string.Create(CultureInfo.InvariantCulture, $"COALESCE(c{c}, '')")));
                await using DbDataReader reader = await writer.connection.ExecuteReaderAsync(new CommandDefinition(
                    string.Create(CultureInfo.InvariantCulture, $"SELECT DISTINCT {select} FROM bulk_rows LIMIT {MaxDistinctTexts + 1}"),
                    cancellationToken: cancellationToken));
                while (await reader.ReadAsync(cancellationToken))
                {
                    string?[] texts = new string?[columns.Count];
                    for (int k = 0, r = 0; k < columns.Count; k++)
                    {
                        texts[k] = columns[k] < 0 ? null : reader.GetString(r++);
                    }

                    distinct.Add(texts);
                }
            }

            if (distinct.Count > MaxDistinctTexts)
            {
                return false;
            }

            string keys = string.Join(", ", columns.Select((_, k) => string.Create(CultureInfo.InvariantCulture, $"k{k} VARCHAR")));
            string values = table switch
            {
                _ when table.StartsWith("bulk_where_", StringComparison.Ordinal) => "allowed BOOLEAN",
                "bulk_area" => "skip BOOLEAN, code VARCHAR, ix INTEGER",
                "bulk_indicator" => "skip BOOLEAN, rejected BOOLEAN, id VARCHAR, proportion BOOLEAN, ix INTEGER",
                "bulk_period" => "period VARCHAR, period_start DATE, period_end DATE, ix INTEGER",
                "bulk_breakdown" => "key VARCHAR, ix INTEGER",
                _ => "bad BOOLEAN, suppressed BOOLEAN, number DOUBLE, symbol VARCHAR",
            };
            tables.Add(table);
            await writer.ExecuteAsync($"CREATE TEMP TABLE {table} ({keys}, {values})", null, cancellationToken);
            ColumnType[] all = [.. columns.Select(_ => ColumnType.Text), .. types];
            await using BulkWriter rows = await writer.engine.BeginBulkInsertAsync(writer.connection, table, all, cancellationToken);
            foreach (string?[] texts in distinct)
            {
                rows.StartRow();
                foreach (string? text in texts)
                {
                    rows.Write(text);
                }

                write(texts, rows);
                rows.EndRow();
            }

            await rows.CompleteAsync(cancellationToken);
            return true;
        }
    }
}
