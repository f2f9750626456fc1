using System.Security.Cryptography;
using System.Text;
using WelfareAtlas.Import.Csv;

namespace WelfareAtlas.Import.Tests.Csv;

public sealed class CsvFileScanTests
{
    [Theory]
    [InlineData("a;b\n1;2\n", 2)] // every line ends with a line feed
    [InlineData("a;b\r\n1;2\r\n3;4", 3)] // CRLF, and a last line without a line end counts
    [InlineData("a;b\n\n1;2\n", 3)] // a blank line is a line
    [InlineData("", 0)]
    public async Task ScanAsync_LineEnds_CountsPhysicalLines(string text, long lines)
    {
        CsvFileScan scan = await ScanAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(lines, scan.Lines);
        Assert.False(scan.HasLoneCarriageReturn);
    }

    [Theory]
    [InlineData("a;b\r1;2\n")] // an old Mac line end
    [InlineData("a;b\n1;2\r")] // a carriage return as the last byte
    public async Task ScanAsync_CarriageReturnWithoutLineFeed_IsReported(string text)
    {
        Assert.True((await ScanAsync(Encoding.UTF8.GetBytes(text))).HasLoneCarriageReturn);
    }

    [Fact]
    public async Task ScanAsync_LargeFile_HashesLikeSha256AndFindsFactsAcrossReads()
    {
        // Over 1 MB, so that the facts are found in a later read than the first, with U+FFFD split across two reads.
        byte[] bytes = new byte[(1 << 20) + 100];
        bytes.AsSpan().Fill((byte)'x');
        for (int i = 99; i < bytes.Length; i += 100)
        {
            bytes[i] = (byte)'\n';
        }

        byte[] replacement = Encoding.UTF8.GetBytes("\uFFFD");
        replacement.CopyTo(bytes, (1 << 20) - 1);
        CsvFileScan scan = await ScanAsync(bytes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), scan.Sha256);
        Assert.True(scan.HasReplacementCharacter);
        Assert.False(scan.HasQuotes);
        Assert.Equal(bytes.Count(b => b == (byte)'\n') + 1, scan.Lines);
    }

    [Fact]
    public async Task ScanAsync_QuotedFieldOverTwoLines_NamesItsFirstLine()
    {
        CsvFileScan scan = await ScanAsync(Encoding.UTF8.GetBytes("title\n\"a;b\";\"c\nd\"\n1;2\n"));

        Assert.True(scan.HasQuotes);
        Assert.False(scan.HasReplacementCharacter);
        Assert.Equal(2, scan.FirstOddQuoteLine);
    }

    [Fact]
    public async Task ScanAsync_BalancedQuotes_NamesNoLine()
    {
        Assert.Null((await ScanAsync(Encoding.UTF8.GetBytes("\"a;b\";c\n\"\"\"x\"\"\";2\n"))).FirstOddQuoteLine);
    }

    private static async Task<CsvFileScan> ScanAsync(byte[] bytes)
    {
        string path = TestFiles.Scratch($"scan-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        try
        {
            return await CsvFileScan.ScanAsync(path, TestContext.Current.CancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
