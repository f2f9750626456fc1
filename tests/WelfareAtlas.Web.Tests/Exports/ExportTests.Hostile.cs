using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Localisation;
using WelfareAtlas.Spreadsheets;
using WelfareAtlas.Web.Api;
using WelfareAtlas.Web.Exports;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Tests.Exports;

/// <summary>Spreadsheet-formula injection: hostile names from a delivery or the catalogue reach the XLSX workbook as inert text.</summary>
public sealed partial class ExportTests
{
    /// <summary>Texts a spreadsheet would run as a formula or command: each starts with one of the trigger characters.</summary>
    private static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://evil.example/\",\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\tTab",
        "\rReturn",
        "\uFF1D1+1",
    ];

    [Fact]
    public async Task Xlsx_HostileIndicatorAreaAndBreakdownNames_AreNeutralisedAndNoCellIsAFormula()
    {
        // The demo's real data for an indicator, read as the endpoint reads it, with every name a delivery or the
        // catalogue could carry replaced by a hostile text: the indicator's name and source, each area's names and
        // the breakdown label.
        IndicatorDataService service = server.Services.GetRequiredService<IndicatorDataService>();
        ExportService exports = server.Services.GetRequiredService<ExportService>();
        (IndicatorDataView? read, _) = await IndicatorsApi.ReadDataAsync("population", "district", null, null, null, service, Audience.Public, Cancel);
        IndicatorDataView real = read!;
        TextView HostileText(int i) => new(Hostile[i % Hostile.Length], Hostile[(i + 1) % Hostile.Length], Hostile[(i + 2) % Hostile.Length]);
        IndicatorDataView data = real with
        {
            Indicator = real.Indicator with { Name = HostileText(0), Source = HostileText(1) },
            Breakdown = Hostile[0],
            City = real.City is { } city ? city with { Area = city.Area with { Names = HostileText(Hostile.Length - 1) } } : null,
            Cells = [.. real.Cells.Select((cell, i) => cell with { Area = cell.Area with { Names = HostileText(i) } })],
        };
        IndicatorExport export = exports.Indicator(data, Audience.Public);
        Assert.All(export.Rows, row => Assert.Contains(row.Area.Names.Fi, Hostile));
        IReadOnlyList<IndicatorMetadata> metadata = await exports.MetadataAsync([(data.Indicator.Id, export.Rows.Select(r => r.BatchId))], Cancel);
        byte[] workbook = XlsxExport.Write(export, metadata[0] with { Indicator = data.Indicator }, Language.English);

        // No cell of any sheet is a formula, and no text cell starts with a trigger (a plain number such as -12.5 may).
        using (ZipArchive zip = new(new MemoryStream(workbook), ZipArchiveMode.Read))
        {
            foreach (ZipArchiveEntry sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
            {
                using StreamReader reader = new(sheet.Open(), Encoding.UTF8);
                string xml = await reader.ReadToEndAsync(Cancel);
                Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
            }
        }

        using MemoryStream stream = new(workbook);
        int texts = 0;
        foreach (string sheetName in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>())
            {
                foreach (string text in row.Values.OfType<string>())
                {
                    texts++;
                    Assert.False(FormulaNeutraliser.NeedsNeutralising(text), $"{sheetName}: '{text}' would run as a formula");
                }
            }
        }

        Assert.True(texts > 0);
        List<IDictionary<string, object?>> rows = Rows(stream, "Data");
        Assert.Equal(export.Rows.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            AreaCellView cell = export.Rows[i];
            Assert.Equal(Read("'" + cell.Area.Names.Fi), rows[i]["area_name_fi"]);
            Assert.Equal(Read("'" + cell.Area.Names.En), rows[i]["area_name_en"]);
            Assert.Equal("'" + Hostile[0], rows[i]["breakdown"]);
            Assert.Equal(cell.Value, rows[i]["value"] as double?);
        }

        List<IDictionary<string, object?>> cover = Rows(stream, "Cover");
        Assert.Equal("'" + Hostile[0], cover.Single(r => Equals(r["field"], "breakdown"))["value"]);
        Assert.Equal("'" + Hostile[3], cover.Single(r => Equals(r["field"], "source"))["value"]);
    }

    /// <summary>
    /// A text as it reads back from the workbook: MiniExcel writes a carriage return into the sheet's XML unescaped, and
    /// XML reading turns it into a line feed (the apostrophe in front, which is what matters here, stays).
    /// </summary>
    private static string Read(string written) => written.Replace('\r', '\n');
}
