using System.Collections.Concurrent;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Batches.Bulk;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>The bulk path's staging: each row of the file keyed by numbers, the mapping asked once per distinct text.</summary>
public sealed partial class ImportBatchWriter
{
    /// <summary>
    /// Turns the rows of a <see cref="BulkCsvReader"/> into keyed staged rows (<c>staged_keyed</c>) exactly as the
    /// streaming path stages them: the same observations, lines and statuses. Each role's answer for a text is asked of
    /// the mapping once and kept (<see cref="TextAnswers{T}"/>). A row the mapping skips is counted; a row that would be
    /// rejected, or a values entry that needs what the row does not give, declines the whole file
    /// (<see cref="Declined"/>), since only the streaming path reports problems.
    /// </summary>
    private sealed class Stager
    {
        private const string RowProblem = "some rows have problems, which the streaming path reports";

        private readonly BulkCsvMapping mapping;
        private readonly TextAnswers<bool>[] where;
        private readonly TextAnswers<KeyAnswer> areas;
        private readonly TextAnswers<KeyAnswer>? indicators;
        private readonly TextAnswers<int>? periods;
        private readonly TextAnswers<int>?[] breakdownParts = new TextAnswers<int>?[3];
        private readonly int[] breakdownColumns;
        private readonly Dictionary<long, int> breakdownsByParts = [];
        private readonly Entry[] entries;
        private long lastBreakdownKey = -1;
        private int lastBreakdown;

        public Stager(BulkCsvMapping mapping)
        {
            this.mapping = mapping;
            where = [.. mapping.Where.Select((column, f) => new TextAnswers<bool>(column, text => mapping.Allows(f, text!)))];
            areas = new TextAnswers<KeyAnswer>(mapping.Area, text =>
            {
                BulkArea area = mapping.AreaOf(text);
                return new KeyAnswer(area.Skip, rejected: false, area.Code?.Value, proportion: false);
            });
            if (mapping.Indicator is { } indicatorColumn)
            {
                indicators = new TextAnswers<KeyAnswer>(indicatorColumn, text =>
                {
                    BulkIndicator indicator = mapping.IndicatorOf!(text);
                    return new KeyAnswer(indicator.Skip, indicator.Rejected, indicator.Id?.Value, indicator.Measure == Measure.Proportion);
                });
            }

            if (mapping.Period is { } periodColumn)
            {
                periods = new TextAnswers<int>(periodColumn, text => mapping.PeriodOf!(text) is { } period ? Periods.Of(period) : -1);
            }

            breakdownColumns = [mapping.Sex ?? -1, mapping.Age ?? -1, mapping.Breakdown ?? -1];
            for (int part = 0; part < 3; part++)
            {
                if (breakdownColumns[part] >= 0)
                {
                    List<string> texts = [];
                    breakdownParts[part] = new TextAnswers<int>(breakdownColumns[part], text =>
                    {
                        texts.Add(text!);
                        return texts.Count - 1;
                    }, texts);
                }
            }

            // One answer per number column, shared by the entries that read it.
            Dictionary<int, TextAnswers<NumberAnswer>> numbers = [];
            TextAnswers<NumberAnswer>? NumbersOf(int? column) => column is not { } c ? null
                : numbers.TryGetValue(c, out TextAnswers<NumberAnswer>? known) ? known
                : numbers[c] = new TextAnswers<NumberAnswer>(c, text => new NumberAnswer(mapping.NumberOf(text!)));
            entries = [.. mapping.Values.Select(values => new Entry(
                values,
                values.Indicator is { } own ? Indicators.Of(own.Id.Value) : null,
                values.Period is { } fixedPeriod ? Periods.Of(fixedPeriod) : null,
                [NumbersOf(values.Numerator), NumbersOf(values.Denominator), NumbersOf(values.Value), NumbersOf(values.Lower), NumbersOf(values.Upper)]))];
        }

        /// <summary>The batch's catalogued indicators (of the column and of the values entries), numbered.</summary>
        public KeyIndex<string> Indicators { get; } = new(id => id);

        /// <summary>The batch's area codes, numbered.</summary>
        public KeyIndex<string> Areas { get; } = new(code => code);

        /// <summary>The batch's periods (of the column and of the values entries), numbered.</summary>
        public KeyIndex<Period> Periods { get; } = new(period => period.ToString());

        /// <summary>The batch's breakdown keys, numbered.</summary>
        public KeyIndex<string> Breakdowns { get; } = new(key => key);

        /// <summary>Staged rows written.</summary>
        public long Staged { get; private set; }

        /// <summary>Rows the mapping skipped on purpose.</summary>
        public long Skipped { get; private set; }

        /// <summary>Why the rows are not staged; <see langword="null"/> when every row is.</summary>
        public string? Declined { get; private set; }

        /// <summary>
        /// Writes the staged rows of every data row of <paramref name="reader"/> to <paramref name="rows"/> (the columns of
        /// <c>staged_keyed</c>; the value and its limits only <paramref name="withValues"/>); <see langword="false"/>, with
        /// <see cref="Declined"/> or the reader's reason, when the file must take the streaming path.
        /// </summary>
        /// <remarks>
        /// Two threads: another reads and maps the rows into chunks (<see cref="StagedChunk"/>) while this one appends them,
        /// since DuckDB's append of the rows costs about as much as reading them. Rows appended before a decline stay in
        /// the table, which the caller then drops.
        /// </remarks>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public bool Stage(BulkCsvReader reader, BulkWriter rows, bool withValues, IProgress<long>? progress, CancellationToken cancellationToken)
        {
            using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using BlockingCollection<StagedChunk> ready = new(boundedCapacity: 4);
            ConcurrentQueue<StagedChunk> spare = new();
            Task<bool> reading = Task.Run(
                () =>
                {
                    try
                    {
                        return StageRows(reader, ready, spare, progress, stop.Token);
                    }
                    catch (TooManyTextsException e)
                    {
                        return Decline($"column {e.Column + 1} has more than {MaxDistinctTexts} distinct texts");
                    }
                    finally
                    {
                        ready.CompleteAdding();
                    }
                },
                CancellationToken.None);
            try
            {
                foreach (StagedChunk chunk in ready.GetConsumingEnumerable(stop.Token))
                {
                    chunk.WriteTo(rows, withValues);
                    spare.Enqueue(chunk);
                }
            }
            catch
            {
                // The append failed or the import was cancelled: the reading thread stops at its next chunk.
                stop.Cancel();
                reading.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait(CancellationToken.None);
                throw;
            }

            return reading.GetAwaiter().GetResult();
        }

        private bool StageRows(BulkCsvReader reader, BlockingCollection<StagedChunk> ready, ConcurrentQueue<StagedChunk> spare, IProgress<long>? progress, CancellationToken cancellationToken)
        {
            StagedChunk chunk = new();
            int firstLine = mapping.File.HeaderLine + 1;
            long n = -1;
            while (reader.Read(out ReadOnlySpan<char> line, out ReadOnlySpan<Range> fields))
            {
                if ((++n & (ProgressRows - 1)) == ProgressRows - 1)
                {
                    // Also where the rows give no staged row for a while (skipped): a cancel or a failed append stops here.
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(n + 1);
                }

                bool skip = false;
                foreach (TextAnswers<bool> filter in where)
                {
                    skip |= !filter.Of(line, fields);
                }

                KeyAnswer area = areas.Of(line, fields);
                KeyAnswer? indicator = indicators?.Of(line, fields);
                if (skip || area.Skip || indicator?.Skip == true)
                {
                    Skipped++;
                    continue;
                }

                // Numbered only once a row that is not skipped has them, as the streaming path meets them.
                int areaNumber = area.NumberIn(Areas);
                int indicatorNumber = indicator?.NumberIn(Indicators) ?? -1;
                int period = periods?.Of(line, fields) ?? -1;
                int breakdown = BreakdownOf(line, fields);
                if (areaNumber < 0 || breakdown < 0 || indicator?.Rejected == true || (periods is not null && period < 0))
                {
                    return Decline(RowProblem);
                }

                Keys keys = new((int)(n + firstLine), indicatorNumber, indicator?.Proportion ?? false, areaNumber, period, breakdown);
                for (int e = 0; e < entries.Length; e++)
                {
                    // Each data row stages one row per values entry, numbered in file order.
                    if (!StageEntry(chunk, entries[e], line, fields, (n * entries.Length) + e, keys))
                    {
                        return false;
                    }

                    if (chunk.Full)
                    {
                        ready.Add(chunk, cancellationToken);
                        chunk = spare.TryDequeue(out StagedChunk? used) ? used : new();
                    }
                }
            }

            if (chunk.Count > 0)
            {
                ready.Add(chunk, cancellationToken);
            }

            if (reader.Declined is { } reason)
            {
                return Decline(reason);
            }

            // Row i is on line HeaderLine + 1 + i only when every line after the header is one row.
            return reader.Rows == mapping.File.Lines - mapping.File.HeaderLine
                || Decline("the lines after the header are not one row each");
        }

        private bool Decline(string reason)
        {
            Declined = reason;
            return false;
        }

        /// <summary>The row's breakdown number; -1 when the mapping rejects the row's texts.</summary>
        private int BreakdownOf(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields)
        {
            long key = 0;
            for (int part = 0; part < 3; part++)
            {
                key = (key << 21) | (uint)(breakdownParts[part]?.Of(line, fields) ?? 0);
            }

            if (key == lastBreakdownKey)
            {
                return lastBreakdown;
            }

            if (!breakdownsByParts.TryGetValue(key, out int breakdown))
            {
                if (breakdownsByParts.Count >= MaxDistinctTexts)
                {
                    throw new TooManyTextsException(breakdownColumns.Max());
                }

                Breakdown? mapped = mapping.BreakdownOf(TextOf(0, key >> 42), TextOf(1, (key >> 21) & 0x1FFFFF), TextOf(2, key & 0x1FFFFF));
                breakdown = mapped is null ? -1 : Breakdowns.Of(mapped.Key);
                breakdownsByParts.Add(key, breakdown);
            }

            lastBreakdownKey = key;
            lastBreakdown = breakdown;
            return breakdown;
        }

        private string? TextOf(int part, long number) => breakdownParts[part]?.Texts![(int)number];

        /// <summary>
        /// One values entry of a row: its staged row, as the streaming path stages it, or a decline when the streaming path
        /// would reject it (a number that is no number, a negative count, a numerator above a proportion's denominator, a
        /// value outside its own limits or the entry's declared range) or the entry needs what the mapping does not give.
        /// </summary>
        /// <remarks>
        /// An available observation (no suppression marker, a number where the numerator, or else the value, is) keeps its
        /// numbers; a suppressed one keeps the marker of its first suppressed column; a missing one (an empty or marked
        /// number) keeps the first marker written in any of its columns. Status codes as <c>bulk_key_status</c>:
        /// available 0, suppressed 1, missing 2.
        /// </remarks>
        private bool StageEntry(StagedChunk chunk, Entry entry, ReadOnlySpan<char> line, ReadOnlySpan<Range> fields, long seq, Keys keys)
        {
            BulkValues values = entry.Values;
            TextAnswers<NumberAnswer>?[] columns = entry.Numbers;
            NumberAnswer? numerator = columns[0]?.Of(line, fields);
            NumberAnswer? denominator = columns[1]?.Of(line, fields);
            NumberAnswer? value = columns[2]?.Of(line, fields);
            NumberAnswer? lower = columns[3]?.Of(line, fields);
            NumberAnswer? upper = columns[4]?.Of(line, fields);
            bool suppressed = false;
            string? withheld = null;
            string? firstSymbol = null;
            foreach (NumberAnswer? given in (ReadOnlySpan<NumberAnswer?>)[numerator, denominator, value, lower, upper])
            {
                if (given is null)
                {
                    continue;
                }

                if (given.Refused)
                {
                    return Decline(RowProblem);
                }

                if (given.Suppressed && !suppressed)
                {
                    suppressed = true;
                    withheld = given.Symbol;
                }

                firstSymbol ??= given.Marker;
            }

            int indicator = entry.Indicator ?? keys.Indicator;
            int period = entry.Period ?? keys.Period;
            bool proportion = entry.Values.Indicator is { } own ? own.Measure == Measure.Proportion : keys.Proportion;
            if (indicator < 0 || period < 0)
            {
                return Decline("a values entry takes an indicator or period the rows do not give");
            }

            double? primary = values.Numerator is not null ? numerator!.Number : value?.Number;
            bool available = !suppressed && primary is not null;
            double? n = numerator?.Number, d = denominator?.Number, v = value?.Number;
            if (available
                && (n < 0 || d < 0 || (proportion && n > d)
                    || (v is not null && (lower?.Number > v || upper?.Number < v))
                    || (v ?? n) < values.Min || (v ?? n) > values.Max))
            {
                return Decline(RowProblem);
            }

            chunk.Add(
                seq,
                keys,
                indicator,
                period,
                available ? n : null,
                available ? d : null,
                available ? v : null,
                available ? lower?.Number : null,
                available ? upper?.Number : null,
                suppressed ? 1 : available ? 0 : 2,
                suppressed ? withheld : available ? null : firstSymbol);
            Staged++;
            return true;
        }

        /// <summary>What the entries of one row share: its line and keys (-1 where it has none).</summary>
        internal readonly record struct Keys(int Line, int Indicator, bool Proportion, int Area, int Period, int Breakdown);

        /// <summary>
        /// A values entry with its own indicator's and period's numbers, when it has them, and the answers of its numerator,
        /// denominator, value, lower and upper limit columns (in that order; <see langword="null"/> for one it does not map).
        /// </summary>
        private sealed record Entry(BulkValues Values, int? Indicator, int? Period, TextAnswers<NumberAnswer>?[] Numbers);

        /// <summary>
        /// What an area or indicator cell gives a row: the mapping skips it, rejects it, or gives a key (an area code, an
        /// indicator id; with whether the indicator is a proportion), numbered the first time a row that is not skipped has it.
        /// </summary>
        private sealed class KeyAnswer(bool skip, bool rejected, string? key, bool proportion)
        {
            private int number = -2;

            /// <summary>The mapping skips the row.</summary>
            public bool Skip { get; } = skip;

            /// <summary>The text rejects the row.</summary>
            public bool Rejected { get; } = rejected;

            /// <summary>The area code or indicator id; <see langword="null"/> when there is none.</summary>
            public string? Key { get; } = key;

            /// <summary>Whether the indicator is a proportion (its numerator must not exceed its denominator).</summary>
            public bool Proportion { get; } = proportion;

            /// <summary>The key's number in <paramref name="index"/>; -1 without a key.</summary>
            public int NumberIn(KeyIndex<string> index)
            {
                if (number == -2)
                {
                    number = Key is null ? -1 : index.Of(Key);
                }

                return number;
            }
        }

        /// <summary>A number cell's meaning, once per distinct text, with what each row needs of it decided once.</summary>
        private sealed class NumberAnswer(BulkNumber number)
        {
            /// <summary>Not a number nor a marker, or not finite: the streaming path reports (or reads) it.</summary>
            public bool Refused { get; } = number.Bad || (number.Number is { } x && !double.IsFinite(x));

            /// <inheritdoc cref="BulkNumber.Suppressed"/>
            public bool Suppressed { get; } = number.Suppressed;

            /// <inheritdoc cref="BulkNumber.Number"/>
            public double? Number { get; } = number.Number;

            /// <inheritdoc cref="BulkNumber.Symbol"/>
            public string? Symbol { get; } = number.Symbol;

            /// <summary>The marker when one is written (not empty).</summary>
            public string? Marker { get; } = string.IsNullOrEmpty(number.Symbol) ? null : number.Symbol;
        }
    }
}
