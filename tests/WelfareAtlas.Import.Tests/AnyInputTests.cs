using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.JsonStat;
using WelfareAtlas.Import.Px;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Xlsx;

namespace WelfareAtlas.Import.Tests;

/// <summary>Every reader on every committed file, in every format: wrong-format input must give problems, never an exception.</summary>
public sealed class AnyInputTests
{
    public static TheoryData<string> AllFiles()
    {
        string formats = TestFiles.Format(".");
        string badInput = TestFiles.BadInput(".");
        return [.. Directory.EnumerateFiles(formats, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(badInput))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestFiles.Format(".."), f))
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public async Task EveryReader_AnyFile_ReportsInsteadOfThrowing(string relative)
    {
        string path = Path.Combine(TestFiles.Format(".."), relative);
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        ReadReport px = new(relative);
        bool pxRead = await PxReader.ReadAsync(path, px, cancellationToken) is not null;
        ReadReport json = new(relative);
        bool jsonRead = await JsonStatReader.ReadAsync(path, json, cancellationToken) is not null;
        ReadReport csv = new(relative);
        if (await CsvFileReader.OpenAsync(path, CsvReadOptions.Detect, csv, cancellationToken) is { } source)
        {
            await foreach (TabularRow row in source.ReadRowsAsync(cancellationToken))
            {
                Assert.Equal(source.Header.Count, row.Cells.Count);
            }
        }

        ReadReport xlsx = new(relative);
        if (await XlsxFileReader.OpenAsync(path, XlsxReadOptions.Detect, xlsx, cancellationToken) is { } sheet)
        {
            await foreach (TabularRow row in sheet.ReadRowsAsync(cancellationToken))
            {
                Assert.Equal(sheet.Header.Count, row.Cells.Count);
            }
        }

        // A reader that gives nothing must say why; none of these files is a workbook.
        Assert.True(pxRead || px.HasErrors);
        Assert.True(jsonRead || json.HasErrors);
        Assert.True(xlsx.HasErrors);
    }
}
