using System.Text.Json;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Text;
using WelfareAtlas.Import.Xlsx;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Tests.Demo;

/// <summary>
/// Reads a demo delivery back with the product's CSV and XLSX readers, following only its manifest: the proof that
/// a manifest says enough to write a mapping spec, and that the file holds the generator's observations.
/// </summary>
internal static class ManifestFileReader
{
    public static async Task<(List<Observation> Observations, ReadReport Report)> ReadAsync(string directory, string manifestFile)
    {
        using JsonDocument manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(directory, manifestFile)));
        JsonElement root = manifest.RootElement;
        string path = Path.Combine(directory, root.GetProperty("file").GetString()!);
        ReadReport report = new(Path.GetFileName(path));
        IReadOnlyList<string> header;
        IAsyncEnumerable<TabularRow> rows;
        DecimalSeparator separator;
        if (root.GetProperty("format").GetString() == "csv")
        {
            CsvReadOptions options = new()
            {
                Encoding = root.GetProperty("encoding").GetString() == "windows-1252" ? TextEncodings.Windows1252 : TextEncodings.Utf8,
                Delimiter = root.GetProperty("delimiter").GetString()![0],
                DecimalSeparator = root.GetProperty("decimalSeparator").GetString() == "," ? DecimalSeparator.Comma : DecimalSeparator.Point,
                HeaderLine = root.GetProperty("headerLine").GetInt32(),
            };
            CsvSource source = (await CsvFileReader.OpenAsync(path, options, report))!;
            header = source.Header;
            rows = source.ReadRowsAsync();
            separator = source.DecimalSeparator;
        }
        else
        {
            XlsxSource source = (await XlsxFileReader.OpenAsync(path, new XlsxReadOptions { SheetName = root.GetProperty("sheet").GetString(), HeaderRow = 1 }, report))!;
            header = source.Header;
            rows = source.ReadRowsAsync();
            separator = DecimalSeparator.Point;
        }

        int Column(string role) => root.GetProperty(role).ValueKind == JsonValueKind.Null
            ? -1
            : IndexOf(header, root.GetProperty(role).GetProperty("column").GetString()!);
        Dictionary<string, string> Codes(string role) => root.GetProperty(role).ValueKind == JsonValueKind.Null
            ? []
            : root.GetProperty(role).GetProperty("codes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

        int area = Column("area");
        int period = Column("period");
        int sex = Column("sex");
        int age = Column("age");
        int category = Column("category");
        Dictionary<string, string> sexCodes = Codes("sex");
        Dictionary<string, string> ageCodes = Codes("age");
        Dictionary<string, string> categoryCodes = Codes("category");
        string? dimension = category < 0 ? null : root.GetProperty("category").GetProperty("dimension").GetString();
        string suppressed = root.GetProperty("suppressedSymbol").GetString()!;
        List<(IndicatorId Id, int Numerator, int Denominator, int Value)> indicators = [.. root.GetProperty("indicators").EnumerateArray().Select(i => (
            IndicatorId.Parse(i.GetProperty("indicator").GetString()!),
            i.GetProperty("numerator").ValueKind == JsonValueKind.Null ? -1 : IndexOf(header, i.GetProperty("numerator").GetString()!),
            i.GetProperty("denominator").ValueKind == JsonValueKind.Null ? -1 : IndexOf(header, i.GetProperty("denominator").GetString()!),
            i.GetProperty("value").ValueKind == JsonValueKind.Null ? -1 : IndexOf(header, i.GetProperty("value").GetString()!)))];

        List<Observation> observations = [];
        await foreach (TabularRow row in rows)
        {
            Sex rowSex = sex < 0 ? Sex.Total : sexCodes[row.Cells[sex]] switch { "female" => Sex.Female, "male" => Sex.Male, _ => Sex.Total };
            AgeBand band = AgeBand.All;
            if (age >= 0)
            {
                Assert.True(AgeBand.TryParse(ageCodes[row.Cells[age]], out band, out _));
            }

            Breakdown breakdown = new(rowSex, band, dimension, category < 0 ? null : categoryCodes[row.Cells[category]]);
            Period rowPeriod = Period.Parse(row.Cells[period]);
            AreaCode code = AreaCode.Parse(row.Cells[area]);
            foreach ((IndicatorId id, int numerator, int denominator, int value) in indicators)
            {
                bool hidden = (numerator >= 0 && row.Cells[numerator] == suppressed) || (value >= 0 && row.Cells[value] == suppressed);
                double? Number(int column) => column < 0 ? null : TabularNumbers.ParseCell(row, column, separator, report);
                observations.Add(hidden
                    ? new Observation(id, code, rowPeriod, breakdown, null, Number(denominator), Status: ObservationStatus.SuppressedBySource, SourceSymbol: suppressed)
                    : new Observation(id, code, rowPeriod, breakdown, Number(numerator), Number(denominator), Number(value)));
            }
        }

        return (observations, report);
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (int i = 0; i < header.Count; i++)
        {
            if (header[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The file has no column \"{name}\".");
    }
}
