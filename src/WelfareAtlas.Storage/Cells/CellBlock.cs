using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// Up to <see cref="MostCells"/> cells of one indicator for one audience, as one row of <c>cell_blocks</c> holds them
/// (migration <c>0014_cell_blocks</c>): column by column, each column's values one after another, the whole compressed
/// with Brotli. A compute run stored 851 thousand Helsinki cells as rows of 37 columns before, and DuckDB's write of a
/// value costs about 70 ns whatever the form (docs/PERFORMANCE.md, "Profile cells"): 2–3 s a run. As blocks a cell
/// takes about 47 bytes (the national demo's 14.7 million cells: 684 MB); every reader of cells reads whole indicators
/// anyway (<see cref="CellSnapshot"/>), so nothing reads a single cell by SQL.
/// </summary>
/// <remarks>
/// <para>
/// Format 1, before compression: the cell count (unsigned LEB128), then the columns (<see cref="Column"/>) in order. An
/// integer column is one unsigned LEB128 number a cell: 0 for NULL, else the value zigzag-encoded plus one (so a key or
/// count takes one or two bytes; <see cref="long.MinValue"/> has no code). A number column is a bitmap of which cells
/// have a value (bit <c>i % 8</c> of byte <c>i / 8</c>), then the values present as little-endian IEEE 754 binary64,
/// bit for bit.
/// </para>
/// <para>
/// The keys are those of <c>cell_rows</c> before (0013): periods into <c>observation_periods</c>, every text into
/// <c>cell_texts</c> (<see cref="CellKeys"/>, <see cref="CellDictionary"/>).
/// </para>
/// </remarks>
internal static class CellBlock
{
    /// <summary>The format this code writes and reads; stored with each block.</summary>
    public const int Format = 1;

    /// <summary>A column of a block, in the order the format stores them.</summary>
    public enum Column
    {
        AreaKey,
        AreaTypeKey,
        PeriodKey,
        BreakdownKey,
        BatchId,
        DerivationKey,
        DisclosureKey,
        DisclosureReasonKey,
        Numerator,
        Denominator,
        Value,
        Lower95,
        Upper95,
        Lower998,
        Upper998,
        IntervalMethodKey,
        NoValueKindKey,
        NoValueReasonKey,
        CityKey,
        CityValue,
        City95Key,
        City998Key,
        CityReasonKey,
        ParentKey,
        ParentValue,
        Parent95Key,
        Parent998Key,
        ParentReasonKey,
        Quintile,
        Rank,
        PeerCount,
        TrendKey,
        TrendSlope,
        TrendReasonKey,
    }

    /// <summary>
    /// How many cells a block holds at most: about 50 KB compressed (86 KB at most in the national demo). DuckDB keeps a BLOB larger than its storage block
    /// (256 KB) apart, pinned in memory until its transaction commits and rewritten whole at every checkpoint: blocks of
    /// whole parts (up to 250 thousand cells, about 1 MB each) made the national demo's run fail to commit under the
    /// 512 MB DuckDB has during imports, while the same bytes in rows of 32 KB were written in one transaction in 3–5 s
    /// (docs/PERFORMANCE.md).
    /// </summary>
    public const int MostCells = 1024;

    /// <summary>How many columns a block has.</summary>
    public const int ColumnCount = (int)Column.TrendReasonKey + 1;

    /// <summary>Whether each column holds numbers (binary64) rather than integers, by <see cref="Column"/>.</summary>
    public static readonly bool[] IsNumber = [.. Enumerable.Range(0, ColumnCount).Select(column => (Column)column is
        Column.Numerator or Column.Denominator or Column.Value or Column.Lower95 or Column.Upper95 or Column.Lower998
        or Column.Upper998 or Column.CityValue or Column.ParentValue or Column.TrendSlope)];

    /// <summary>How many of the columns hold integers; every cell takes at least a byte in each.</summary>
    private static readonly int IntegerColumns = IsNumber.Count(number => !number);

    /// <summary>Brotli's quality for blocks: the fastest; the columns repeat so much that it still takes them to about a third.</summary>
    private const int Quality = 1;

    private const int Window = 22;

    /// <summary>
    /// Collects cells column by column (<see cref="StartCell"/>, one <c>Write</c> per column in <see cref="Column"/>
    /// order, <see cref="EndCell"/>) and encodes them as a block. Reusable after <see cref="Encode"/>; not thread-safe.
    /// </summary>
    public sealed class Builder
    {
        private readonly ulong[][] integers = new ulong[ColumnCount][];
        private readonly double[][] numbers = new double[ColumnCount][];
        private readonly byte[][] present = new byte[ColumnCount][];
        private int capacity;
        private int column;

        /// <summary>How many cells the block has so far.</summary>
        public int Count { get; private set; }

        /// <summary>Makes room for <paramref name="cells"/> more cells at once, so that a block of a known size does not grow by steps.</summary>
        public void Reserve(int cells)
        {
            if (Count + cells > capacity)
            {
                Grow(Count + cells);
            }
        }

        /// <summary>Starts the next cell.</summary>
        public void StartCell()
        {
            if (Count == capacity)
            {
                Grow(Math.Max(1024, capacity * 2));
            }

            column = 0;
        }

        /// <summary>The next column's integer, or NULL.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is <see cref="long.MinValue"/>, the one integer the format has no room for (its code is NULL's).</exception>
        public void Write(long? value)
        {
            Expect(number: false);
            ArgumentOutOfRangeException.ThrowIfEqual(value ?? 0, long.MinValue, nameof(value));
            integers[column][Count] = value is { } v ? ((ulong)((v << 1) ^ (v >> 63))) + 1 : 0;
            column++;
        }

        /// <summary>The next column's number, or NULL.</summary>
        public void Write(double? value)
        {
            Expect(number: true);
            if (value is { } v)
            {
                numbers[column][Count] = v;
                present[column][Count >> 3] |= (byte)(1 << (Count & 7));
            }
            else
            {
                present[column][Count >> 3] &= (byte)~(1 << (Count & 7));
            }

            column++;
        }

        /// <summary>Ends the cell.</summary>
        /// <exception cref="InvalidOperationException">The cell has fewer values than a block has columns.</exception>
        public void EndCell()
        {
            if (column != ColumnCount)
            {
                throw new InvalidOperationException($"A cell of {column} values for a block of {ColumnCount} columns.");
            }

            Count++;
        }

        /// <summary>The block's bytes, compressed, and their length before compression; the builder is then empty.</summary>
        public (byte[] Data, int RawLength) Encode()
        {
            int count = Count;
            int bitmap = (count + 7) / 8;
            int length = VarintLength((ulong)count);
            for (int c = 0; c < ColumnCount; c++)
            {
                if (IsNumber[c])
                {
                    length += bitmap + (8 * PresentCount(present[c], count));
                }
                else
                {
                    ulong[] values = integers[c];
                    for (int i = 0; i < count; i++)
                    {
                        length += VarintLength(values[i]);
                    }
                }
            }

            byte[] raw = ArrayPool<byte>.Shared.Rent(length);
            byte[] compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(length));
            try
            {
                int at = WriteVarint(raw, 0, (ulong)count);
                for (int c = 0; c < ColumnCount; c++)
                {
                    if (IsNumber[c])
                    {
                        byte[] has = present[c];
                        has.AsSpan(0, bitmap).CopyTo(raw.AsSpan(at));
                        if (count % 8 != 0)
                        {
                            // Bits past the last cell are left from a larger block before: cleared, so that equal cells give equal bytes.
                            raw[at + bitmap - 1] &= (byte)((1 << (count % 8)) - 1);
                        }

                        at += bitmap;
                        double[] values = numbers[c];
                        for (int i = 0; i < count; i++)
                        {
                            if ((has[i >> 3] & (1 << (i & 7))) != 0)
                            {
                                BinaryPrimitives.WriteDoubleLittleEndian(raw.AsSpan(at, 8), values[i]);
                                at += 8;
                            }
                        }
                    }
                    else
                    {
                        ulong[] values = integers[c];
                        for (int i = 0; i < count; i++)
                        {
                            at = WriteVarint(raw, at, values[i]);
                        }
                    }
                }

                if (!BrotliEncoder.TryCompress(raw.AsSpan(0, length), compressed, out int written, Quality, Window))
                {
                    throw new InvalidOperationException("Brotli could not compress a block of cells into its own bound.");
                }

                Count = 0;
                return (compressed.AsSpan(0, written).ToArray(), length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(raw);
                ArrayPool<byte>.Shared.Return(compressed);
            }
        }

        private void Expect(bool number)
        {
            if (column >= ColumnCount || IsNumber[column] != number)
            {
                throw new InvalidOperationException(column >= ColumnCount
                    ? $"A cell of more than {ColumnCount} values."
                    : $"Column {(Column)column} of a block holds {(IsNumber[column] ? "numbers" : "integers")}.");
            }
        }

        private void Grow(int grown)
        {
            for (int c = 0; c < ColumnCount; c++)
            {
                if (IsNumber[c])
                {
                    Array.Resize(ref numbers[c], grown);
                    Array.Resize(ref present[c], (grown + 7) / 8);
                }
                else
                {
                    Array.Resize(ref integers[c], grown);
                }
            }

            capacity = grown;
        }

        /// <summary>How many of the first <paramref name="count"/> cells have a value; bits past them are ignored.</summary>
        private static int PresentCount(byte[] has, int count)
        {
            int full = count / 8;
            int total = 0;
            for (int b = 0; b < full; b++)
            {
                total += BitOperations.PopCount(has[b]);
            }

            if (count % 8 != 0)
            {
                total += BitOperations.PopCount((uint)(has[full] & ((1 << (count % 8)) - 1)));
            }

            return total;
        }

        private static int VarintLength(ulong value) => value < 0x80 ? 1 : (70 - BitOperations.LeadingZeroCount(value)) / 7;

        private static int WriteVarint(byte[] buffer, int at, ulong value)
        {
            while (value >= 0x80)
            {
                buffer[at++] = (byte)(value | 0x80);
                value >>= 7;
            }

            buffer[at++] = (byte)value;
            return at;
        }
    }

    /// <summary>A block read back: each column's values by cell.</summary>
    public sealed class Cells
    {
        private readonly long?[][] integers;
        private readonly double?[][] numbers;
        private readonly string where;

        private Cells(int count, long?[][] integers, double?[][] numbers, string where)
        {
            Count = count;
            this.integers = integers;
            this.numbers = numbers;
            this.where = where;
        }

        /// <summary>How many cells the block has.</summary>
        public int Count { get; }

        /// <summary>The integer of <paramref name="column"/> for cell <paramref name="cell"/>, or null.</summary>
        public long? Integer(Column column, int cell) => integers[(int)column][cell];

        /// <summary>The key of <paramref name="column"/>, which is never NULL, for cell <paramref name="cell"/>.</summary>
        public int Key(Column column, int cell) => (int)(integers[(int)column][cell] ?? throw Damaged(where, $"a NULL in the column {column}, which has none"));

        /// <summary>The number of <paramref name="column"/> for cell <paramref name="cell"/>, or null.</summary>
        public double? Number(Column column, int cell) => numbers[(int)column][cell];

        /// <summary>Decodes a block as <see cref="Builder.Encode"/> wrote it.</summary>
        /// <param name="data">The compressed bytes.</param>
        /// <param name="rawLength">Their length before compression, as stored with them.</param>
        /// <param name="format">The block's format, as stored with it.</param>
        /// <param name="where">Which block this is, for the error: indicator, audience and part.</param>
        /// <exception cref="StoreException">The format is unknown, or the bytes are not a block of it.</exception>
        public static Cells Decode(byte[] data, int rawLength, int format, string where)
        {
            if (format != Format)
            {
                throw new StoreException($"The cells of {where} are stored in format {format}, which this version does not read (it reads format {Format}); run `atlas compute` to store them again.");
            }

            if (rawLength <= 0)
            {
                throw Damaged(where, $"a length of {rawLength} bytes before compression");
            }

            byte[] raw = new byte[rawLength];
            if (!BrotliDecoder.TryDecompress(data, raw, out int written) || written != rawLength)
            {
                throw Damaged(where, $"their {data.Length} bytes do not decompress to the {rawLength} stored with them");
            }

            try
            {
                int at = 0;
                int count = checked((int)ReadVarint(raw, ref at));
                if (count > rawLength / IntegerColumns)
                {
                    // Every cell takes at least a byte in each integer column: a larger count is damage, not a block to allocate for.
                    throw Damaged(where, $"{count} cells in {rawLength} bytes");
                }

                int bitmap = (count + 7) / 8;
                long?[][] integers = new long?[ColumnCount][];
                double?[][] numbers = new double?[ColumnCount][];
                for (int c = 0; c < ColumnCount; c++)
                {
                    if (IsNumber[c])
                    {
                        ReadOnlySpan<byte> has = raw.AsSpan(at, bitmap);
                        at += bitmap;
                        double?[] values = new double?[count];
                        for (int i = 0; i < count; i++)
                        {
                            if ((has[i >> 3] & (1 << (i & 7))) != 0)
                            {
                                values[i] = BinaryPrimitives.ReadDoubleLittleEndian(raw.AsSpan(at, 8));
                                at += 8;
                            }
                        }

                        numbers[c] = values;
                    }
                    else
                    {
                        long?[] values = new long?[count];
                        for (int i = 0; i < count; i++)
                        {
                            ulong encoded = ReadVarint(raw, ref at);
                            values[i] = encoded == 0 ? null : (long)((encoded - 1) >> 1) ^ -(long)((encoded - 1) & 1);
                        }

                        integers[c] = values;
                    }
                }

                if (at != rawLength)
                {
                    throw Damaged(where, $"{rawLength - at} bytes after the last column");
                }

                return new Cells(count, integers, numbers, where);
            }
            catch (OverflowException exception)
            {
                throw Damaged(where, "a number of more than 64 bits", exception);
            }
            catch (Exception exception) when (exception is ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                throw Damaged(where, "the block ends inside a column", exception);
            }
        }

        private static ulong ReadVarint(byte[] buffer, ref int at)
        {
            ulong value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                byte b = buffer[at++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new OverflowException("A number of more than 64 bits.");
        }

        /// <summary>The error of a block that is not what its format says, naming the block and the way to mend it.</summary>
        private static StoreException Damaged(string where, string what, Exception? inner = null)
        {
            string message = $"The cells of {where} are damaged: {what}; run `atlas compute` to store them again.";
            return inner is null ? new StoreException(message) : new StoreException(message, inner);
        }
    }
}
