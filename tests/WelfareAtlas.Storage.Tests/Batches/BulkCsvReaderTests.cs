using System.Text;
using WelfareAtlas.Storage.Batches.Bulk;

namespace WelfareAtlas.Storage.Tests.Batches;

/// <summary>
/// The bulk path's line reader reads exactly the files it can read as the streaming reader does, and declines every
/// other with a reason (the streaming path then reads and reports them).
/// </summary>
public sealed class BulkCsvReaderTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Read_PlainAndQuotedFields_GivesTheTextsWithoutQuotes()
    {
        (List<string[]> rows, string? declined) = ReadAll("a;b;c\n1;\"x;y\";\n\"\";2;\"3\"\n", columns: 3);

        Assert.Null(declined);
        Assert.Equal([["1", "x;y", ""], ["", "2", "3"]], rows);
    }

    [Fact]
    public void Read_CrLfLinesAndNoLineEndAtTheEnd_DropsTheCarriageReturns()
    {
        (List<string[]> rows, string? declined) = ReadAll("a,b\r\n1,2\r\n3,4", columns: 2, delimiter: ',');

        Assert.Null(declined);
        Assert.Equal([["1", "2"], ["3", "4"]], rows);
    }

    [Fact]
    public void Read_HeaderOnLineThree_SkipsTheLinesBeforeTheData()
    {
        (List<string[]> rows, string? declined) = ReadAll("\"a title\"\n\n\"a\"\t\"b\"\n1\t2\n", columns: 2, delimiter: '\t', headerLine: 3);

        Assert.Null(declined);
        Assert.Equal([["1", "2"]], rows);
    }

    [Theory]
    [InlineData("title \"with quotes\"\n\na;b\n1;2\n", 3)] // the streaming reader warns about these stray quotes
    [InlineData("\"a\";\"b\"x\n1;2\n", 1)]
    public void Read_QuoteInsideAFieldOfTheLinesUpToTheHeader_Declines(string text, int headerLine)
    {
        (_, string? declined) = ReadAll(text, columns: 2, headerLine: headerLine);

        Assert.Equal("a quote inside a field of the lines up to the header", declined);
    }

    [Fact]
    public void Read_OneColumnRowOfAnEmptyQuotedField_DeclinesAsTheStreamingReaderSkipsIt()
    {
        (_, string? declined) = ReadAll("a\n1\n\"\"\n2\n", columns: 1);

        Assert.Equal("a blank line", declined);
    }

    [Fact]
    public void Read_ManyRowsOverSeveralBuffers_ReadsEveryRowInOrder()
    {
        StringBuilder text = new("n;text\n");
        for (int i = 0; i < 200_000; i++)
        {
            text.Append(i).Append(";\"row ").Append(i).Append("\"\n");
        }

        (List<string[]> rows, string? declined) = ReadAll(text.ToString(), columns: 2);

        Assert.Null(declined);
        Assert.Equal(200_000, rows.Count);
        Assert.Equal(["199999", "row 199999"], rows[^1]);
        Assert.All(rows.Select((row, i) => (row, i)), pair => Assert.Equal(pair.i.ToString(System.Globalization.CultureInfo.InvariantCulture), pair.row[0]));
    }

    [Theory]
    [InlineData("a;b\n1;2\n\n3;4\n", "a blank line")]
    [InlineData("a;b\n1;2;3\n", "a row of more fields than the header's 2")]
    [InlineData("a;b\n1\n", "a row of fewer fields than the header's 2")]
    [InlineData("a;b\n1;\"x\"\"y\"\n", "a quote inside a field")]
    [InlineData("a;b\n1;x\"y\n", "a quote inside a field")]
    [InlineData("a;b\n1;\"x\"y\n", "a quote inside a field")]
    [InlineData("a;b\n1;\"x\ny\"\n", "a quoted field that does not close on its line")]
    public void Read_FileTheStreamingPathMustRead_Declines(string text, string reason)
    {
        (_, string? declined) = ReadAll(text, columns: 2);

        Assert.Equal(reason, declined);
    }

    [Fact]
    public void Read_LineLongerThanTheLimit_Declines()
    {
        string text = "a;b\n1;" + new string('x', BulkCsvReader.MaxLineChars) + "\n";

        (_, string? declined) = ReadAll(text, columns: 2);

        Assert.Equal($"a line of more than {BulkCsvReader.MaxLineChars} characters", declined);
    }

    [Fact]
    public void Read_HeaderLineLongerThanTheLimit_Declines()
    {
        string header = string.Join(';', Enumerable.Range(0, 2).Select(i => new string('h', 1_500_000)));

        (_, string? declined) = ReadAll(header + "\n1;2\n", columns: 2);

        Assert.Equal($"a line of more than {BulkCsvReader.MaxLineChars} characters", declined);
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_Declines()
    {
        string path = Path.Combine(directory.Path, "latin1.csv");
        File.WriteAllBytes(path, [.. "a;b\n1;"u8.ToArray(), 0xE4, (byte)'\n']);
        using BulkCsvReader reader = new(new BulkCsvFile(path, ';', 1, 2, 2, false));

        while (reader.Read(out _, out _))
        {
        }

        Assert.Equal("bytes that are not UTF-8", reader.Declined);
    }

    private (List<string[]> Rows, string? Declined) ReadAll(string text, int columns, char delimiter = ';', int headerLine = 1)
    {
        string path = Path.Combine(directory.Path, "file.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        using BulkCsvReader reader = new(new BulkCsvFile(path, delimiter, headerLine, columns, text.Count(c => c == '\n') + 1, text.Contains('"', StringComparison.Ordinal)));
        List<string[]> rows = [];
        while (reader.Read(out ReadOnlySpan<char> line, out ReadOnlySpan<Range> fields))
        {
            string[] row = new string[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                row[i] = line[fields[i]].ToString();
            }

            rows.Add(row);
        }

        Assert.Equal(rows.Count, reader.Rows);
        return (rows, reader.Declined);
    }
}
