using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

public sealed partial class ImportBatchWriter
{
    /// <summary>Staged rows on their way from the thread that reads them to the appender: the columns of up to <see cref="Capacity"/> rows.</summary>
    private sealed class StagedChunk
    {
        private const int Capacity = 8192;

        private readonly long[] seq = new long[Capacity];
        private readonly int[] line = new int[Capacity];
        private readonly int[] indicator = new int[Capacity];
        private readonly int[] area = new int[Capacity];
        private readonly int[] period = new int[Capacity];
        private readonly int[] breakdown = new int[Capacity];
        private readonly double?[] numerator = new double?[Capacity];
        private readonly double?[] denominator = new double?[Capacity];
        private readonly double?[] value = new double?[Capacity];
        private readonly double?[] lower = new double?[Capacity];
        private readonly double?[] upper = new double?[Capacity];
        private readonly int[] status = new int[Capacity];
        private readonly string?[] symbol = new string?[Capacity];

        /// <summary>Rows held.</summary>
        public int Count { get; private set; }

        /// <summary>Whether the chunk holds as many rows as it can.</summary>
        public bool Full => Count == Capacity;

        /// <summary>Adds a staged row: its sequence number, the row's keys with the entry's own indicator and period, its numbers, status code and marker.</summary>
        public void Add(long sequence, Stager.Keys keys, int indicatorNumber, int periodNumber, double? n, double? d, double? v, double? low, double? up, int statusCode, string? marker)
        {
            int i = Count++;
            seq[i] = sequence;
            line[i] = keys.Line;
            indicator[i] = indicatorNumber;
            area[i] = keys.Area;
            period[i] = periodNumber;
            breakdown[i] = keys.Breakdown;
            numerator[i] = n;
            denominator[i] = d;
            value[i] = v;
            lower[i] = low;
            upper[i] = up;
            status[i] = statusCode;
            symbol[i] = marker;
        }

        /// <summary>Appends the rows in the columns of <c>staged_keyed</c> (value and limits only <paramref name="withValues"/>) and empties the chunk.</summary>
        public void WriteTo(BulkWriter rows, bool withValues)
        {
            for (int i = 0; i < Count; i++)
            {
                rows.StartRow();
                rows.Write(seq[i]);
                rows.Write(line[i]);
                rows.Write(indicator[i]);
                rows.Write(area[i]);
                rows.Write(period[i]);
                rows.Write(breakdown[i]);
                rows.Write(numerator[i]);
                rows.Write(denominator[i]);
                if (withValues)
                {
                    rows.Write(value[i]);
                    rows.Write(lower[i]);
                    rows.Write(upper[i]);
                }

                rows.Write(status[i]);
                rows.Write(symbol[i]);
                rows.EndRow();
            }

            Array.Clear(symbol, 0, Count);
            Count = 0;
        }
    }
}
