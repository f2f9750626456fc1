using System.Text;
using System.Text.Json;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>
/// The machine-readable description of a delivery file (<c>&lt;file&gt;.manifest.json</c>): everything a mapping spec
/// needs (format, encoding, delimiter, decimal separator, which column holds the area, period, sex, age, category
/// and each indicator's numerator, denominator or value, and the codes used). The format is in docs/demo-data.md.
/// </summary>
public static class DeliveryManifest
{
    /// <summary>The manifest file name of a delivery file.</summary>
    public static string FileNameOf(string deliveryFileName) => deliveryFileName + ".manifest.json";

    /// <summary>The manifest of <paramref name="layout"/> as indented JSON (UTF-8, no BOM); deterministic for the same input.</summary>
    /// <param name="layout">The file's layout.</param>
    /// <param name="rows">The number of data rows written.</param>
    /// <param name="sha256">The file's SHA-256, lower-case hex.</param>
    public static byte[] ToJson(DeliveryLayout layout, long rows, string sha256)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("manifestVersion", "1");
            json.WriteString("file", layout.FileName);
            json.WriteString("description", layout.Description);
            json.WriteBoolean("synthetic", layout.Synthetic);
            json.WriteString("format", layout.Format == DeliveryFormat.Csv ? "csv" : "xlsx");
            if (layout.Format == DeliveryFormat.Csv)
            {
                json.WriteString("encoding", layout.Encoding switch
                {
                    DeliveryEncoding.Utf8Bom => "utf-8-bom",
                    DeliveryEncoding.Utf8 => "utf-8",
                    _ => "windows-1252",
                });
                json.WriteString("delimiter", layout.Delimiter.ToString());
                json.WriteString("decimalSeparator", layout.DecimalSeparator.ToString());
                json.WriteNumber("headerLine", 1);
            }
            else
            {
                json.WriteString("sheet", layout.SheetName);
                json.WriteNumber("headerRow", 1);
                json.WriteString("numbers", "numeric cells");
            }

            json.WriteNumber("rows", rows);
            json.WriteString("sha256", sha256);
            json.WriteString("suppressedSymbol", layout.SuppressedSymbol);
            json.WriteString("missing", "empty cell");

            WriteRoleColumn(json, layout, "area", ColumnRole.AreaCode, writer => writer.WriteString("kind", layout.AreaKind));
            WriteRoleColumn(json, layout, "areaName", ColumnRole.AreaName, null);
            WriteRoleColumn(json, layout, "period", ColumnRole.Period, writer => writer.WriteString("form", layout.PeriodForm switch
            {
                PeriodForm.Year => "year (2024)",
                PeriodForm.Quarter => "quarter (2024Q3)",
                _ => "month (2024-07)",
            }));
            WriteRoleColumn(json, layout, "sex", ColumnRole.Sex, writer => WriteCodes(writer, layout.SexCodes.Select(pair => (pair.Value, SexSlug(pair.Key)))));
            WriteRoleColumn(json, layout, "age", ColumnRole.Age, writer => WriteCodes(writer, layout.AgeCodes.Select(pair => (pair.Value, pair.Key.ToString()))));
            WriteRoleColumn(json, layout, "category", ColumnRole.Category, writer =>
            {
                writer.WriteString("dimension", layout.Dimension);
                WriteCodes(writer, layout.CategoryCodes.Select(pair => (pair.Value, pair.Key)));
            });

            json.WriteStartArray("indicators");
            foreach (IndicatorId indicator in layout.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("indicator", indicator.Value);
                if (IndicatorCatalogue.Find(indicator) is { } entry)
                {
                    json.WriteString("measure", entry.Measure.ToSlug());
                    json.WriteNumber("multiplier", entry.Multiplier);
                }

                WriteColumnName(json, layout, indicator, ColumnRole.Numerator, "numerator");
                WriteColumnName(json, layout, indicator, ColumnRole.Denominator, "denominator");
                WriteColumnName(json, layout, indicator, ColumnRole.Value, "value");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("extraColumns");
            foreach (DeliveryColumn column in layout.Columns.Where(column => column.Role == ColumnRole.Extra))
            {
                json.WriteStringValue(column.Header);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The manifest's sex code of <paramref name="sex"/>: <c>female</c>, <c>male</c> or <c>total</c>.</summary>
    public static string SexSlug(Sex sex) => sex switch
    {
        Sex.Female => "female",
        Sex.Male => "male",
        _ => "total",
    };

    private static void WriteRoleColumn(Utf8JsonWriter json, DeliveryLayout layout, string name, ColumnRole role, Action<Utf8JsonWriter>? details)
    {
        DeliveryColumn? column = layout.Columns.FirstOrDefault(c => c.Role == role);
        if (column is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("column", column.Header);
        details?.Invoke(json);
        json.WriteEndObject();
    }

    private static void WriteCodes(Utf8JsonWriter json, IEnumerable<(string Written, string Canonical)> codes)
    {
        json.WriteStartObject("codes");
        foreach ((string written, string canonical) in codes)
        {
            json.WriteString(written, canonical);
        }

        json.WriteEndObject();
    }

    private static void WriteColumnName(Utf8JsonWriter json, DeliveryLayout layout, IndicatorId indicator, ColumnRole role, string name)
    {
        DeliveryColumn? column = layout.Columns.FirstOrDefault(c => c.Indicators.Contains(indicator) && c.Role == role);
        if (column is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, column.Header);
        }
    }

    /// <summary>The SHA-256 of a file, lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    /// <summary>UTF-8 without BOM, for the manifests.</summary>
    internal static Encoding Utf8 { get; } = new UTF8Encoding(false);
}
