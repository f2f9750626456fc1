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
}
