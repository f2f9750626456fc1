using System.Text.Json;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>
/// The mapping spec (docs/import/mapping.md) a data steward would write for a demo delivery, derived from its
/// layout, so that the demo load goes through the real importer like any other delivery.
/// </summary>
public static class DeliveryMappingSpec
{
    /// <summary>The spec of <paramref name="layout"/> as JSON (UTF-8).</summary>
    /// <remarks>
    /// Postal-area deliveries are aggregated to sub-districts and up (<c>aggregate</c>); only their counts are
    /// apportioned and summed, given values in the same file (medians) stay by postal area, as values cannot be summed;
    /// unless the layout says not to (<see cref="DeliveryLayout.Aggregate"/>).
    /// </remarks>
    public static byte[] ToJson(DeliveryLayout layout)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("source", Path.GetFileNameWithoutExtension(layout.FileName).ToLowerInvariant().Replace('_', '-'));
            if (layout.Format == DeliveryFormat.Csv)
            {
                json.WriteString("format", "csv");
                json.WriteStartObject("csv");
                json.WriteString("delimiter", layout.Delimiter.ToString());
                json.WriteString("decimalSeparator", layout.DecimalSeparator == ',' ? "comma" : "point");
                json.WriteString("encoding", layout.Encoding == DeliveryEncoding.Windows1252 ? "windows-1252" : "utf-8");
                json.WriteNumber("headerLine", 1);
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("format", "xlsx");
                json.WriteStartObject("xlsx");
                json.WriteString("sheet", layout.SheetName);
                json.WriteNumber("headerRow", 1);
                json.WriteEndObject();
            }

            json.WriteStartObject("area");
            json.WriteString("column", Header(layout, ColumnRole.AreaCode));
            json.WriteString("kind", layout.AreaKind == "postal-area" ? "postal-code" : "kokotunnus");
            json.WriteEndObject();
            json.WriteStartObject("period");
            json.WriteString("column", Header(layout, ColumnRole.Period));
            json.WriteEndObject();
            if (layout.SexCodes.Count > 0)
            {
                WriteField(json, "sex", Header(layout, ColumnRole.Sex), layout.SexCodes.Select(pair => (pair.Value, DeliveryManifest.SexSlug(pair.Key))));
            }

            if (layout.AgeCodes.Count > 0)
            {
                WriteField(json, "age", Header(layout, ColumnRole.Age), layout.AgeCodes.Select(pair => (pair.Value, pair.Key.ToString())));
            }

            if (layout.Dimension is { } dimension)
            {
                json.WriteStartObject("breakdown");
                json.WriteString("name", dimension);
                WriteField(json, "field", Header(layout, ColumnRole.Category), layout.CategoryCodes.Select(pair => (pair.Value, pair.Key)));
                json.WriteEndObject();
            }

            json.WriteStartArray("values");
            foreach (IndicatorId indicator in layout.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("indicator", indicator.Value);
                foreach ((ColumnRole role, string key) in new[] { (ColumnRole.Numerator, "numerator"), (ColumnRole.Denominator, "denominator"), (ColumnRole.Value, "value") })
                {
                    if (layout.Columns.FirstOrDefault(c => c.Role == role && c.Indicators.Contains(indicator)) is { } column)
                    {
                        json.WriteString(key, column.Header);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("suppressed");
            json.WriteStringValue(layout.SuppressedSymbol);
            json.WriteEndArray();
            json.WriteBoolean("aggregate", layout.Aggregate && layout.AreaKind is "postal-area" or "synthetic-postal-area");
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Header(DeliveryLayout layout, ColumnRole role) =>
        layout.Columns.First(column => column.Role == role).Header;

    private static void WriteField(Utf8JsonWriter json, string name, string column, IEnumerable<(string Code, string Canonical)> codes)
    {
        json.WriteStartObject(name);
        json.WriteString("column", column);
        json.WriteStartObject("map");
        foreach ((string code, string canonical) in codes)
        {
            json.WriteString(code, canonical);
        }

        json.WriteEndObject();
        json.WriteString("unmapped", "error");
        json.WriteEndObject();
    }
}
