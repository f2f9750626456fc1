using System.Text;
using System.Text.RegularExpressions;
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

    [Fact]
    public async Task Read_EveryJsonExampleOfMappingMd_IsValid()
    {
        string markdown = await File.ReadAllTextAsync(RepositoryFiles.Path("docs", "import", "mapping.md"), TestContext.Current.CancellationToken);
        string[] examples = [.. Regex.Matches(markdown, "```json\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

        // The chat topics, the Paavo, Sotkanet and PX examples, and the JSON-stat collection's dataset.
        Assert.Equal(5, examples.Length);
        Assert.All(examples, example =>
        {
            ReadReport report = new("mapping.md");
            Assert.NotNull(MappingSpecReader.Read(Encoding.UTF8.GetBytes(example), report));
            Assert.Empty(report.Problems);
        });
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

    [Theory]
    [InlineData("\"decimalSeparator\": \"komma\"", "$.csv.decimalSeparator", "komma", "comma or point")]
    [InlineData("\"delimiter\": \";;\"", "$.csv.delimiter", ";;", "one character: ; , | or a tab")]
    [InlineData("\"delimiter\": \"\\\"\"", "$.csv.delimiter", "\"", "one character: ; , | or a tab")] // the quote character cannot delimit
    [InlineData("\"encoding\": \"latin-9\"", "$.csv.encoding", "latin-9", "utf-8, windows-1252, iso-8859-1, iso-8859-15")]
    [InlineData("\"headerLine\": -1", "$.csv.headerLine", "-1", "0 (no header)")]
    public void Read_InvalidCsvValue_IsASpecErrorNamingThePathTheValueAndTheAcceptedValues(string csv, string location, string value, string accepted)
    {
        ReadReport report = new("spec.json");
        string json = $$"""{ "source": "s", "csv": { {{csv}} }, "area": { "column": "a" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "v" } ] }""";

        Assert.Null(MappingSpecReader.Read(Encoding.UTF8.GetBytes(json), report));

        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("SPEC_VALUE", location, value), (problem.Code, problem.Location, problem.Value));
        Assert.Contains(accepted, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"delimiter\": \";\", \"decimalSeparator\": \"comma\", \"encoding\": \"windows-1252\"")]
    [InlineData("\"delimiter\": \"\\\\t\", \"decimalSeparator\": \"Point\", \"encoding\": \"iso-8859-15\"")] // \t as two characters
    [InlineData("\"delimiter\": \"tab\", \"encoding\": \"latin9\", \"headerLine\": 0")] // latin9 is .NET's alias of ISO-8859-15
    [InlineData("\"delimiter\": \"|\", \"encoding\": \"UTF-8\"")]
    public void Read_ValidCsvValues_AreAccepted(string csv)
    {
        ReadReport report = new("spec.json");
        string json = $$"""{ "source": "s", "csv": { {{csv}} }, "area": { "column": "a" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "v" } ] }""";

        Assert.NotNull(MappingSpecReader.Read(Encoding.UTF8.GetBytes(json), report));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void Read_UnknownCubeText_IsASpecError()
    {
        ReadReport report = new("spec.json");
        const string json = """{ "source": "s", "cubeText": "labels", "area": { "column": "a" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "v" } ] }""";

        Assert.Null(MappingSpecReader.Read(Encoding.UTF8.GetBytes(json), report));

        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("SPEC_VALUE", "$.cubeText", "labels"), (problem.Code, problem.Location, problem.Value));
    }

    [Theory]
    [InlineData("\"Population by sex and age group. Canada. 2012\"", "Population by sex and age group. Canada. 2012", null)]
    [InlineData("2", null, 2)]
    public void Read_Dataset_TakesALabelOrAPosition(string dataset, string? label, int? position)
    {
        ReadReport report = new("spec.json");

        MappingSpec? spec = MappingSpecReader.Read(Encoding.UTF8.GetBytes(WithDataset(dataset)), report);

        Assert.Empty(report.Problems);
        Assert.Equal(new DatasetChoice(label, position), spec!.Dataset);
    }

    [Theory]
    [InlineData("0", "SPEC_VALUE", "a position counts the collection's datasets from 1")]
    [InlineData("\" \"", "SPEC_VALUE", "\"dataset\" is empty")]
    [InlineData("1.5", "SPEC_JSON", "not the number 1.5")]
    [InlineData("true", "SPEC_JSON", "not a boolean")]
    [InlineData("[ 1 ]", "SPEC_JSON", "not an array")]
    public void Read_InvalidDataset_IsASpecErrorSayingWhatItMustBe(string dataset, string code, string says)
    {
        ReadReport report = new("spec.json");

        Assert.Null(MappingSpecReader.Read(Encoding.UTF8.GetBytes(WithDataset(dataset)), report));

        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.dataset", problem.Location, StringComparison.Ordinal);
    }

    private static string WithDataset(string dataset) =>
        $$"""{ "source": "s", "format": "json-stat", "dataset": {{dataset}}, "area": { "column": "a" }, "period": { "constant": "2024" }, "indicator": { "constant": "x1" }, "values": [ { "value": "value" } ] }""";
}
