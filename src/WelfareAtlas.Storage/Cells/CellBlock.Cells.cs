using System.Buffers.Binary;
using System.IO.Compression;

namespace WelfareAtlas.Storage.Cells;

/// <summary>Reading a block back.</summary>
internal static partial class CellBlock
{
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
