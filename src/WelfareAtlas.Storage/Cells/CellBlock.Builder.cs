using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;

namespace WelfareAtlas.Storage.Cells;

/// <summary>Writing a block.</summary>
internal static partial class CellBlock
{
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
}
