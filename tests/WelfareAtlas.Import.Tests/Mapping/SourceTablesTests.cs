using System.Text;
using WelfareAtlas.Import.Mapping;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Tests.Mapping;

public sealed class SourceTablesTests
{
    private const string Spec = """
        { "source": "s", "area": { "column": "area" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "value" } ] }
        """;

    [Theory]
    [InlineData("official-2.0/collection.json", "a JSON-stat collection \"JSON-stat Dataset Sample Collection\" whose")] // items are links
    [InlineData("official-2.0/index.json", "a JSON-stat collection")] // a collection of collections, all links
    [InlineData("official-2.0/datasets-index.json", "a JSON-stat collection")] // dataset items, all links
    [InlineData("official-2.0/dimension-age5.json", "a JSON-stat dimension")]
    [InlineData("edge-2.0/pyjstat-dimension.json", "a JSON-stat dimension")]
    public async Task OpenAsync_JsonStatWithoutADataset_SaysWhatTheFileIsAndThatItHoldsNoDataset(string file, string what)
    {
        string path = TestFiles.Format("jsonstat/" + file);
        ReadReport report = new(Path.GetFileName(path));
        MappingSpec spec = MappingSpecReader.Read(Encoding.UTF8.GetBytes(Spec), report)!;

        SourceTable? table = await SourceTables.OpenAsync(path, spec, report, TestContext.Current.CancellationToken);

        Assert.Null(table);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("JSONSTAT_NO_DATASET", problem.Code);
        Assert.Contains(what, problem.Message, StringComparison.Ordinal);
        Assert.Contains("it holds no dataset to import", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    // oecd-canada-col.json, the json-stat.org sample collection: OECD unemployment (1 × 36 × 12 cells), then Canada's population (1 × 1 × 20 × 2 × 3).
    [InlineData("1", "concept,area,year,value", 432)]
    [InlineData("2", "country,year,age,concept,sex,value", 120)]
    [InlineData("\"Population by sex and age group. Canada. 2012\"", "country,year,age,concept,sex,value", 120)]
    [InlineData("\" population by sex and age group. canada. 2012 \"", "country,year,age,concept,sex,value", 120)] // case and spaces aside
    [InlineData("\"Unemployment rate in the OECD countries 2003-2014\"", "concept,area,year,value", 432)]
    public async Task OpenAsync_CollectionWithADatasetChosen_ReadsThatDataset(string dataset, string header, int cells)
    {
        (SourceTable? table, ReadReport report) = await OpenCollectionAsync(dataset);

        Assert.Empty(report.Problems);
        Assert.Equal(header, string.Join(',', table!.Header));
        Assert.Equal(cells, await table.Rows.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(null, "SPEC_MANY_DATASETS", "The JSON-stat file holds 2 datasets: ", "; set \"dataset\" in the mapping to the label or the position (1 to 2) of the one it describes.")]
    [InlineData("\"Population of Canada\"", "SPEC_UNKNOWN_DATASET", "The mapping's \"dataset\" \"Population of Canada\" is not a dataset of the file, which holds 2 datasets: ", "; give one's label as written or its position (1 to 2).")]
    [InlineData("3", "SPEC_UNKNOWN_DATASET", "The mapping's \"dataset\" 3 is not a dataset of the file, which holds 2 datasets: ", "; give one's label as written or its position (1 to 2).")]
    public async Task OpenAsync_CollectionWithoutOrWithAnUnknownDataset_ListsTheDatasets(string? dataset, string code, string starts, string ends)
    {
        (SourceTable? table, ReadReport report) = await OpenCollectionAsync(dataset);

        Assert.Null(table);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(
            starts + "1 \"Unemployment rate in the OECD countries 2003-2014\", 2 \"Population by sex and age group. Canada. 2012\"" + ends,
            problem.Message);
    }

    [Fact]
    public async Task OpenAsync_CollectionWithTwoDatasetsOfTheChosenLabel_AsksForAPosition()
    {
        // The OECD–Canada collection with its second dataset labelled as the first.
        string json = await File.ReadAllTextAsync(TestFiles.Format("jsonstat/official-2.0/oecd-canada-col.json"), TestContext.Current.CancellationToken);
        string path = TestFiles.Scratch("same-labels.json");
        await File.WriteAllTextAsync(path, json.Replace("Population by sex and age group. Canada. 2012", "Unemployment rate in the OECD countries 2003-2014", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        (SourceTable? table, ReadReport report) = await OpenAsync(path, "\"Unemployment rate in the OECD countries 2003-2014\"");

        Assert.Null(table);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal("SPEC_DATASET_AMBIGUOUS", problem.Code);
        Assert.Contains("is the label of 2 datasets of the file (positions 1, 2); choose one by its position.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_DatasetForACsvFile_IsASpecError()
    {
        string path = TestFiles.Scratch("not-a-collection.csv");
        await File.WriteAllTextAsync(path, "area,value\n091,1\n", TestContext.Current.CancellationToken);
        ReadReport report = new(Path.GetFileName(path));
        MappingSpec spec = MappingSpecReader.Read(Encoding.UTF8.GetBytes(Spec.Replace("\"source\": \"s\",", "\"source\": \"s\", \"dataset\": 1,", StringComparison.Ordinal)), report)!;

        SourceTable? table = await SourceTables.OpenAsync(path, spec, report, TestContext.Current.CancellationToken);

        Assert.Null(table);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal("SPEC_VALUE", problem.Code);
        Assert.Contains("\"dataset\" chooses a dataset of a JSON-stat collection, but the file is read as csv", problem.Message, StringComparison.Ordinal);
    }

    private static Task<(SourceTable? Table, ReadReport Report)> OpenCollectionAsync(string? dataset) =>
        OpenAsync(TestFiles.Format("jsonstat/official-2.0/oecd-canada-col.json"), dataset);

    private static async Task<(SourceTable? Table, ReadReport Report)> OpenAsync(string path, string? dataset)
    {
        ReadReport report = new(Path.GetFileName(path));
        string json = dataset is null ? Spec : Spec.Replace("\"source\": \"s\",", $"\"source\": \"s\", \"dataset\": {dataset},", StringComparison.Ordinal);
        MappingSpec spec = MappingSpecReader.Read(Encoding.UTF8.GetBytes(json), report)!;
        SourceTable? table = await SourceTables.OpenAsync(path, spec, report, TestContext.Current.CancellationToken);
        return (table, report);
    }
}
