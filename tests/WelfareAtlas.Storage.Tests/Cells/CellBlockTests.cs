using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Storage.Tests.Cells;

/// <summary>The block format of stored cells (<see cref="CellBlock"/>): every value back bit for bit, and damage reported, never misread.</summary>
public sealed class CellBlockTests
{
    private static readonly long?[] Integers = [0, 1, null, -1, 63, 64, 127, 128, 300, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue + 1, 1L << 40];

    private static readonly double?[] Numbers =
        [0.0, -0.0, null, 1.5, -2.25, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, 663237, 1e-300];

    [Fact]
    public void Encode_ThenDecode_GivesEveryValueBackBitForBit()
    {
        Random random = new(20261206);
        long?[][] integers = new long?[CellBlock.ColumnCount][];
        double?[][] numbers = new double?[CellBlock.ColumnCount][];
        const int Count = 3000;
        CellBlock.Builder builder = new();
        for (int c = 0; c < CellBlock.ColumnCount; c++)
        {
            integers[c] = [.. Enumerable.Range(0, Count).Select(_ => Integers[random.Next(Integers.Length)])];
            numbers[c] = [.. Enumerable.Range(0, Count).Select(_ => Numbers[random.Next(Numbers.Length)])];
        }

        for (int i = 0; i < Count; i++)
        {
            builder.StartCell();
            for (int c = 0; c < CellBlock.ColumnCount; c++)
            {
                if (CellBlock.IsNumber[c])
                {
                    builder.Write(numbers[c][i]);
                }
                else
                {
                    builder.Write(integers[c][i]);
                }
            }

            builder.EndCell();
        }

        (byte[] data, int rawLength) = builder.Encode();
        CellBlock.Cells cells = CellBlock.Cells.Decode(data, rawLength, CellBlock.Format, "a test block");

        Assert.Equal(Count, cells.Count);
        Assert.Equal(0, builder.Count);
        for (int c = 0; c < CellBlock.ColumnCount; c++)
        {
            CellBlock.Column column = (CellBlock.Column)c;
            for (int i = 0; i < Count; i++)
            {
                if (CellBlock.IsNumber[c])
                {
                    Assert.Equal(Bits(numbers[c][i]), Bits(cells.Number(column, i)));
                }
                else
                {
                    Assert.Equal(integers[c][i], cells.Integer(column, i));
                }
            }
        }
    }

    [Fact]
    public void Encode_AfterALargerBlock_GivesTheSameBytesAsAFreshBuilder()
    {
        CellBlock.Builder reused = new();
        Fill(reused, 20, value: 1.0);
        reused.Encode();

        // Fewer cells, none with a number: bits left from the larger block must not reach the bytes.
        Fill(reused, 3, value: null);
        CellBlock.Builder fresh = new();
        Fill(fresh, 3, value: null);

        Assert.Equal(fresh.Encode().Data, reused.Encode().Data);
    }

    [Fact]
    public void Encode_NoCells_DecodesToNone()
    {
        (byte[] data, int rawLength) = new CellBlock.Builder().Encode();

        Assert.Equal(0, CellBlock.Cells.Decode(data, rawLength, CellBlock.Format, "an empty block").Count);
    }

    [Fact]
    public void Write_OfTheWrongKindOrTooFewValues_IsRefused()
    {
        CellBlock.Builder builder = new();
        builder.StartCell();

        // The first column (the area's key) holds integers.
        Assert.Throws<InvalidOperationException>(() => builder.Write(1.0));
        // The one integer without a code of its own: refused, never stored as NULL.
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Write(long.MinValue));
        builder.Write(1L);
        Assert.Contains("1 values", Assert.Throws<InvalidOperationException>(builder.EndCell).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownFormat_SaysWhichBlockAndWhatToDo()
    {
        (byte[] data, int rawLength) = Block(5);

        StoreException failure = Assert.Throws<StoreException>(() => CellBlock.Cells.Decode(data, rawLength, CellBlock.Format + 1, "indicator visits for the audience 'all' (part 0)"));

        Assert.Contains("indicator visits for the audience 'all' (part 0)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("format 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("atlas compute", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("longer")]
    [InlineData("shorter")]
    [InlineData("negative length")]
    [InlineData("too many cells")]
    public void Decode_DamagedBlock_IsAStoreErrorNamingTheBlock(string damage)
    {
        (byte[] data, int rawLength) = Block(50);
        (byte[] bytes, int length) = damage switch
        {
            "truncated" => (data[..(data.Length / 2)], rawLength),
            "garbage" => ([.. Enumerable.Range(0, data.Length).Select(i => (byte)(i * 37))], rawLength),
            "longer" => (data, rawLength + 1),
            "shorter" => (data, rawLength - 1),
            "negative length" => (data, -1),
            // A count of about two billion cells in 10 bytes: refused before anything is allocated for it.
            _ => (Compressed([0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0, 0, 0, 0, 0]), 10),
        };

        StoreException failure = Assert.Throws<StoreException>(() => CellBlock.Cells.Decode(bytes, length, CellBlock.Format, "indicator share for the audience 'public' (part 2)"));

        Assert.Contains("indicator share for the audience 'public' (part 2)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_NullInAKeyColumn_IsAStoreErrorNamingTheBlock()
    {
        // A block can hold NULL in any integer column; a key column that must have one is read as damaged, not as 0.
        CellBlock.Builder builder = new();
        builder.StartCell();
        for (int c = 0; c < CellBlock.ColumnCount; c++)
        {
            if (CellBlock.IsNumber[c])
            {
                builder.Write((double?)null);
            }
            else
            {
                builder.Write((long?)null);
            }
        }

        builder.EndCell();
        (byte[] data, int rawLength) = builder.Encode();
        CellBlock.Cells cells = CellBlock.Cells.Decode(data, rawLength, CellBlock.Format, "indicator visits for the audience 'all' (part 1)");

        StoreException failure = Assert.Throws<StoreException>(() => cells.Key(CellBlock.Column.AreaKey, 0));

        Assert.Contains("indicator visits for the audience 'all' (part 1)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("a NULL in the column AreaKey", failure.Message, StringComparison.Ordinal);
        Assert.Contains("atlas compute", failure.Message, StringComparison.Ordinal);
    }

    private static byte[] Compressed(byte[] raw)
    {
        byte[] compressed = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        Assert.True(System.IO.Compression.BrotliEncoder.TryCompress(raw, compressed, out int written));
        return compressed[..written];
    }

    private static (byte[] Data, int RawLength) Block(int count)
    {
        CellBlock.Builder builder = new();
        Fill(builder, count, 2.5);
        return builder.Encode();
    }

    private static void Fill(CellBlock.Builder builder, int count, double? value)
    {
        for (int i = 0; i < count; i++)
        {
            builder.StartCell();
            for (int c = 0; c < CellBlock.ColumnCount; c++)
            {
                if (CellBlock.IsNumber[c])
                {
                    builder.Write(value);
                }
                else
                {
                    builder.Write((long)i);
                }
            }

            builder.EndCell();
        }
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;
}
