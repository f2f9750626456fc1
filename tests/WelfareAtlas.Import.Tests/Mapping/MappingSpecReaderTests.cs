using System.Text;
using WelfareAtlas.Import.Mapping;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Tests.Mapping;

public sealed class MappingSpecReaderTests
{
    [Theory]
    [InlineData("paavo-population-12f7.json")]
    [InlineData("paavo-population-long.json")]
    [InlineData("sotkanet-helsinki.json")]
    [InlineData("aluesarjat-vakiluku-px.json")]
    [InlineData("alueittain-xlsx.json")]
    public async Task ReadAsync_DocumentedExample_IsValid(string name)
    {
        ReadReport report = new(name);
        MappingSpec? spec = await MappingSpecReader.ReadAsync(RepositoryFiles.Path("docs", "import", "examples", name), report, TestContext.Current.CancellationToken);
        Assert.NotNull(spec);
        Assert.Empty(report.Problems);
    }

    [Theory]
    [InlineData("""{ "area": { "column": "a" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "v" } ] }""", "SPEC_REQUIRED", "$.source")]
    [InlineData("""{ "source": "s", "area": { "column": "a", "constant": "091" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "v" } ] }""", "SPEC_FIELD", "$.area")]
    [InlineData("""{ "source": "s", "area": { "column": "a" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ ] }""", "SPEC_REQUIRED", "$.values")]
    [InlineData("""{ "source": "s", "area": { "column": "a" }, "values": [ { "value": "v", "indicator": "x1", "period": "2024Q5" } ] }""", "SPEC_VALUE", "$.values[0].period")]
    [InlineData("""{ "source": "s", "area": { "column": "a", "kind": "parish" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "v" } ] }""", "SPEC_VALUE", "$.area.kind")]
    [InlineData("""{ "source": "s", "aera": { "column": "a" } }""", "SPEC_JSON", "$")] // a misspelt key is an error, not ignored
    public void Read_IncompleteSpec_NamesTheProblemAndWhere(string json, string code, string location)
    {
        ReadReport report = new("spec.json");

        Assert.Null(MappingSpecReader.Read(Encoding.UTF8.GetBytes(json), report));

        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == code);
        Assert.StartsWith(location, problem.Location ?? "$", StringComparison.Ordinal);
    }
}
