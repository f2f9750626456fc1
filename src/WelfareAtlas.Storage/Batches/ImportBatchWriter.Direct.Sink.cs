using System.Data.Common;
using Dapper;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Batches;

/// <summary>What the reading thread does for a file written straight into the store (ImportBatchWriter.Direct.cs).</summary>
public sealed partial class ImportBatchWriter
{
    /// <summary>
    /// The reading thread's part of writing a file straight into <c>observation_rows</c>: the store's keys of the
    /// batch's numbers (new texts numbered at once, on a connection of their own, as <see cref="ObservationKeys"/>
    /// numbers them before a commit), the keys of every row for the check for repeated keys, and the sums up the
    /// hierarchy (<see cref="HierarchySums"/>).
    /// </summary>
    private sealed class DirectSink
    {
        // More new texts than this are numbered by the staged path's statements, not one by one here.
        private const int MaxNewKeys = 10_000;

        private readonly DbConnection keyConnection;
        private readonly Dictionary<string, int> storeIndicators;
        private readonly Dictionary<string, int> storeAreas;
        private readonly Dictionary<string, int> storePeriods;
        private readonly Dictionary<string, int> storeBreakdowns;
        private readonly HashSet<string> additiveIndicators;
        private readonly HashSet<int> additiveKeys = [];
        private readonly List<int> indicators = [];
        private readonly List<bool> additive = [];
        private readonly List<int> areas = [];
        private readonly List<AreaPlace> places = [];
        private readonly List<int> periods = [];
        private readonly List<int> breakdowns = [];
        private long[] keys;
        private int newKeys;

        public DirectSink(DbConnection keyConnection, DirectStoreKeys store, long expectedRows)
        {
            this.keyConnection = keyConnection;
            storeIndicators = store.Indicators;
            storeAreas = store.Areas;
            storePeriods = store.Periods;
            storeBreakdowns = store.Breakdowns;
            additiveIndicators = store.Additive;
            Sums = new HierarchySums(store.Places);
            keys = new long[Math.Clamp(expectedRows, 1024, int.MaxValue / 2)];
        }

        /// <summary>The sums of the rows added so far.</summary>
        public HierarchySums Sums { get; }

        /// <summary>Rows added.</summary>
        public long Rows { get; private set; }

        /// <summary>Whether some batch number was too large to pack; then the repeated keys are not checked here.</summary>
        public bool Unpacked { get; private set; }

        /// <summary>Whether the indicator with store key <paramref name="key"/> is additive (summed).</summary>
        public bool IsAdditive(int key) => additiveKeys.Contains(key);

        /// <summary>
        /// Adds one staged row (batch numbers; its staged numbers) and writes it into <paramref name="chunk"/> with the
        /// store's keys.
        /// </summary>
        /// <exception cref="DirectDeclinedException">More new texts than are numbered one by one.</exception>
        public void Add(Stager stager, StagedChunk chunk, long seq, Stager.Keys rowKeys, int indicator, int period, double? n, double? d, double? v, double? low, double? up, int status, string? marker)
        {
            int indicatorKey = KeyOf(indicators, indicator, stager.Indicators.Values, id => Number(storeIndicators, id, "observation_indicators", "indicator_key", "indicator_id", "observation_indicator_keys", id, null));
            if (additive.Count <= indicator)
            {
                bool summed = additiveIndicators.Contains(stager.Indicators.Values[indicator]);
                additive.Add(summed);
                if (summed)
                {
                    additiveKeys.Add(indicatorKey);
                }
            }

            int areaKey = KeyOf(areas, rowKeys.Area, stager.Areas.Values, code => storeAreas.TryGetValue(code, out int key) ? key : throw new DirectDeclinedException("an area has no key"));
            if (places.Count <= rowKeys.Area)
            {
                places.Add(Sums.PlaceOf(areaKey));
            }

            int periodKey = KeyOf(periods, period, stager.Periods.Values, p => Number(storePeriods, p.ToString(), "observation_periods", "period_key", "period", "observation_period_keys", p.ToString(), p));
            int breakdownKey = KeyOf(breakdowns, rowKeys.Breakdown, stager.Breakdowns.Values, b => Number(storeBreakdowns, b, "observation_breakdowns", "breakdown_key", "breakdown", "observation_breakdown_keys", b, null));
            if ((indicator | rowKeys.Area | period | rowKeys.Breakdown) > ushort.MaxValue)
            {
                Unpacked = true;
            }
            else
            {
                if (Rows == keys.Length)
                {
                    Array.Resize(ref keys, checked(keys.Length * 2));
                }

                keys[Rows] = ((long)indicator << 48) | ((long)rowKeys.Area << 32) | ((long)period << 16) | (uint)rowKeys.Breakdown;
            }

            Rows++;
            Sums.Add(places[rowKeys.Area], indicatorKey, areaKey, periodKey, breakdownKey, v is null && additive[indicator], status == 0, n, d);
            chunk.Add(seq, rowKeys with { Area = areaKey, Breakdown = breakdownKey }, indicatorKey, periodKey, n, d, v, low, up, status, marker);
        }

        /// <summary>
        /// Whether some key may repeat among the rows added (<see langword="false"/> proves none does): one bit per
        /// combination of the four batch numbers, as <see cref="KeyedMayRepeatAsync"/> counts them. <see langword="null"/>
        /// when the numbers are too many to check here.
        /// </summary>
        public bool? MayRepeat(long indicatorCount, long areaCount, long periodCount, long breakdownCount)
        {
            if (Unpacked || (double)indicatorCount * areaCount * periodCount * breakdownCount > MaxKeyBitmapBits)
            {
                return null;
            }

            ulong[] bits = new ulong[((indicatorCount * areaCount * periodCount * breakdownCount) + 63) / 64];
            for (long r = 0; r < Rows; r++)
            {
                long key = keys[r];
                long bit = ((((key >> 48) * areaCount) + ((key >> 32) & 0xFFFF)) * periodCount + ((key >> 16) & 0xFFFF)) * breakdownCount + (key & 0xFFFF);
                ulong mask = 1UL << (int)(bit & 63);
                if ((bits[bit >> 6] & mask) != 0)
                {
                    return true;
                }

                bits[bit >> 6] |= mask;
            }

            return false;
        }

        /// <summary>Frees the keys kept for the check.</summary>
        public void ForgetKeys() => keys = [];

        private static int KeyOf<T>(List<int> known, int number, IReadOnlyList<T> values, Func<T, int> number0)
        {
            while (known.Count <= number)
            {
                known.Add(number0(values[known.Count]));
            }

            return known[number];
        }

        /// <summary>The store key of a text, numbering it (committed at once, outside the batch's transaction) when the store has none.</summary>
        private int Number(Dictionary<string, int> store, string text, string table, string key, string column, string sequence, string value, Period? period)
        {
            if (store.TryGetValue(text, out int known))
            {
                return known;
            }

            if (++newKeys > MaxNewKeys)
            {
                throw new DirectDeclinedException("more new texts than are numbered one by one");
            }

            // Table, key, column and sequence are this class's constants; the text is a parameter.
            string dates = period is null ? string.Empty : ", period_start, period_end";
            string values = period is null ? string.Empty : ", CAST($start AS DATE), CAST($end AS DATE)";
            keyConnection.Execute(
                $"""
                INSERT INTO {table} ({key}, {column}{dates})
                SELECT nextval('{sequence}'), $value{values}
                WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {column} = $value)
                ON CONFLICT ({column}) DO NOTHING
                """,
                new { value, start = period?.Start.ToDateTime(TimeOnly.MinValue), end = period?.End.ToDateTime(TimeOnly.MinValue) });
            int number = keyConnection.ExecuteScalar<int>($"SELECT {key} FROM {table} WHERE {column} = $value", new { value });
            store[text] = number;
            return number;
        }
    }

    /// <summary>The store's keys and areas a file written straight into the store starts from (read under the store's lock).</summary>
    private sealed record DirectStoreKeys(
        Dictionary<string, int> Indicators,
        Dictionary<string, int> Areas,
        Dictionary<string, int> Periods,
        Dictionary<string, int> Breakdowns,
        HashSet<string> Additive,
        Dictionary<int, AreaPlace> Places);

    /// <summary>The file is not written straight into the store after all; the staged bulk path takes it.</summary>
    private sealed class DirectDeclinedException(string reason) : Exception(reason);
}
