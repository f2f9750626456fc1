using System.Text;
using WelfareAtlas.Import.Mapping;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Tests.Mapping;

public sealed class ObservationMapperTests
{
    [Fact]
    public async Task Map_JsonStatCube_GivesOneObservationPerCellWithItsCellCodes()
    {
        // us-unr.json: unemployment rate by US county (5-digit FIPS codes, which have the form of a postal code) for 2012.
        const string Spec = """
            {
              "source": "us-unr",
              "where": { "county": [ "01001", "01003" ] },
              "area": { "column": "county" },
              "period": { "column": "year" },
              "indicator": { "constant": "unemployment-rate" },
              "values": [ { "value": "value", "min": 0, "max": 100 } ]
            }
            """;
        ImportCatalogue catalogue = new(
            new HashSet<string>(["01001", "01003"], StringComparer.Ordinal),
            new Dictionary<string, Measure>(StringComparer.Ordinal) { ["unemployment-rate"] = Measure.Value });

        List<MappedObservation> mapped = await MapAsync(TestFiles.Format("jsonstat/official-2.0/us-unr.json"), Spec, catalogue);

        Assert.Equal(2, mapped.Count);
        Assert.Equal(6.5, mapped[0].Observation.Value);
        Assert.Equal("01001", mapped[0].Observation.Area.Value);
        Assert.Equal("2012", mapped[0].Observation.Period.ToString());
        Assert.Null(mapped[0].Line);
        Assert.Contains("county=01001", mapped[0].Location, StringComparison.Ordinal);
        Assert.Equal(Breakdown.Total, mapped[1].Observation.Breakdown);
    }

    [Fact]
    public async Task Map_JsonStatCellWithValueAndStatus_KeepsTheValueAndTheStatusAsSourceSymbol()
    {
        // 2023 is an estimate ("e") with a value; 2024 has a value and no status.
        string path = TestFiles.Scratch("value-and-status.json");
        await File.WriteAllTextAsync(path, """
            {
              "version": "2.0", "class": "dataset", "id": [ "area", "year" ], "size": [ 1, 2 ],
              "dimension": {
                "area": { "category": { "index": [ "091" ] } },
                "year": { "category": { "index": [ "2023", "2024" ] } }
              },
              "value": [ 2, 3 ],
              "status": { "0": "e" }
            }
            """, TestContext.Current.CancellationToken);
        const string Spec = """
            {
              "source": "estimates",
              "area": { "column": "area" },
              "period": { "column": "year" },
              "indicator": { "constant": "rate" },
              "values": [ { "value": "value" } ]
            }
            """;
        ImportCatalogue catalogue = new(
            new HashSet<string>(["091"], StringComparer.Ordinal),
            new Dictionary<string, Measure>(StringComparer.Ordinal) { ["rate"] = Measure.Value });

        List<MappedObservation> mapped = await MapAsync(path, Spec, catalogue);

        Assert.Equal(
            [(ObservationStatus.Available, 2.0, "e"), (ObservationStatus.Available, 3.0, null)],
            mapped.Select(m => (m.Observation.Status, m.Observation.Value!.Value, m.Observation.SourceSymbol)));
    }

    [Theory]
    [InlineData("\"Population by sex and age group. Canada. 2012\"")]
    [InlineData("2")]
    public async Task Map_DatasetChosenFromARealCollection_GivesItsObservations(string dataset)
    {
        // oecd-canada-col.json, the json-stat.org sample collection of two datasets; Canada stands in for an area of
        // the store (091), as a mapping's area map would take a code of the source to ours.
        string spec = $$"""
            {
              "source": "canada-population",
              "dataset": {{dataset}},
              "where": { "concept": [ "POP" ], "age": [ "T" ] },
              "area": { "column": "country", "map": { "CA": "091" } },
              "period": { "column": "year" },
              "indicator": { "constant": "population" },
              "sex": { "column": "sex", "map": { "T": "total", "M": "male", "F": "female" }, "unmapped": "error" },
              "values": [ { "value": "value" } ]
            }
            """;
        ImportCatalogue catalogue = new(
            new HashSet<string>(["091"], StringComparer.Ordinal),
            new Dictionary<string, Measure>(StringComparer.Ordinal) { ["population"] = Measure.Value });

        List<MappedObservation> mapped = await MapAsync(TestFiles.Format("jsonstat/official-2.0/oecd-canada-col.json"), spec, catalogue);

        // The dataset's values for all ages, in thousands: total, male, female.
        Assert.Equal(
            [(Sex.Total, 34880.5), (Sex.Male, 17309.1), (Sex.Female, 17571.3)],
            mapped.Select(m => (m.Observation.Breakdown.Sex, m.Observation.Value!.Value)));
        Assert.All(mapped, m => Assert.Equal(("091", "2012"), (m.Observation.Area.Value, m.Observation.Period.ToString())));
    }

    [Theory]
    // A long file: every part from a column, the breakdown from three.
    [InlineData(
        """{ "area": { "column": "alue" }, "period": { "column": "vuosi" }, "indicator": { "column": "muuttuja" }, "sex": { "column": "sp" }, "age": { "column": "ikä" }, "breakdown": { "name": "topic", "field": { "column": "aihe" } }, "values": [ { "numerator": "n" } ] }""",
        "column \"muuttuja\"", "column \"alue\"", "column \"vuosi\"", "columns \"sp\", \"ikä\", \"aihe\"")]
    // Constants for the indicator, the period and the one breakdown.
    [InlineData(
        """{ "area": { "column": "alue" }, "period": { "constant": "2024" }, "indicator": { "constant": "population" }, "sex": { "constant": "female" }, "values": [ { "numerator": "n" } ] }""",
        "the mapping's constant", "column \"alue\"", "the mapping's constant", "the mapping's constant")]
    // A wide file: each entry its own indicator; no breakdown.
    [InlineData(
        """{ "area": { "column": "alue" }, "period": { "column": "vuosi" }, "values": [ { "indicator": "population", "numerator": "n" }, { "indicator": "unemployment", "value": "2023" } ] }""",
        "its values entry", "column \"alue\"", "column \"vuosi\"", "none in the mapping")]
    // One column per year (each entry its own period), one entry with its own indicator beside the indicator column,
    // a sex column and an age constant.
    [InlineData(
        """{ "area": { "column": "alue" }, "indicator": { "column": "muuttuja" }, "sex": { "column": "sp" }, "age": { "constant": "all" }, "values": [ { "numerator": "2023", "period": "2023" }, { "indicator": "population", "numerator": "2024", "period": "2024" } ] }""",
        "column \"muuttuja\" or its values entry", "column \"alue\"", "its values entry", "column \"sp\" and the mapping's constant")]
    public void KeyOrigins_OfAMapping_NameTheColumnsAndConstantsOfEachKeyPart(string mapping, string indicator, string area, string period, string breakdown)
    {
        ReadReport report = new("origins.csv");
        MappingSpec spec = MappingSpecReader.Read(Encoding.UTF8.GetBytes(mapping.Replace("{ \"area\"", "{ \"source\": \"s\", \"area\"", StringComparison.Ordinal)), report)!;
        SourceTable table = new(["alue", "vuosi", "muuttuja", "sp", "ikä", "aihe", "n", "2023", "2024"], DecimalSeparator.Point, AsyncEnumerable.Empty<SourceRow>());
        ImportCatalogue catalogue = new(new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, Measure>(StringComparer.Ordinal));

        ObservationMapper mapper = ObservationMapper.Create(spec, table, catalogue, report.File, report)!;

        Assert.False(report.HasErrors, string.Join("\n", report.Problems));
        Assert.Equal((indicator, area, period, breakdown), (mapper.IndicatorOrigin, mapper.AreaOrigin, mapper.PeriodOrigin, mapper.BreakdownOrigin));
    }

    private static async Task<List<MappedObservation>> MapAsync(string path, string specJson, ImportCatalogue catalogue)
    {
        ReadReport report = new(Path.GetFileName(path));
        MappingSpec spec = MappingSpecReader.Read(Encoding.UTF8.GetBytes(specJson), report)!;
        SourceTable table = (await SourceTables.OpenAsync(path, spec, report, TestContext.Current.CancellationToken))!;
        ObservationMapper mapper = ObservationMapper.Create(spec, table, catalogue, report.File, report)!;
        List<MappedObservation> observations = [];
        await foreach (SourceRow row in table.Rows)
        {
            MappedRow result = mapper.Map(row);
            Assert.Empty(result.Problems);
            observations.AddRange(result.Observations);
        }

        Assert.False(report.HasErrors, string.Join("\n", report.Problems));
        return observations;
    }
}
