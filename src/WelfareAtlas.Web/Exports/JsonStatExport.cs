using System.Globalization;
using System.Text.Json;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Exports;

/// <summary>
/// Writes indicator data as a JSON-stat 2.0 dataset (https://json-stat.org/format/): dimensions <c>indicator</c>,
/// <c>area</c> (role geo), <c>period</c> (role time), <c>breakdown</c> and <c>measure</c> (role metric: the value, its
/// 95 % and 99.8 % limits, numerator and denominator), values in that row-major order.
/// </summary>
/// <remarks>
/// A cell disclosure control withholds has <c>null</c> values and the status <c>c</c>; an unreliable one keeps its
/// numbers with the status <c>u</c>; one the source gave no value for has <c>:</c>. The status codes are the markers
/// of the pages and the API (<c>disclosure.marker</c>), explained in <c>extension.status</c> and in <c>note</c>.
/// Numbers are JSON numbers (invariant by construction); labels are in the language asked for.
/// </remarks>
internal static class JsonStatExport
{
    /// <summary>The media type of a JSON-stat response.</summary>
    public const string MediaType = "application/json";

    /// <summary>The dataset as UTF-8 JSON.</summary>
    public static byte[] Write(IndicatorExport export, Language language)
    {
        IndicatorDataView data = export.Data;
        IReadOnlyList<AreaCellView> rows = export.Rows;
        IReadOnlyList<ExportMeasure> measures = ExportMeasure.All;
        using MemoryStream stream = new();
        using (Utf8JsonWriter json = new(stream, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("version", "2.0");
            json.WriteString("class", "dataset");
            json.WriteString("label", $"{data.Indicator.Name.In(language)}, {data.Period}");
            json.WriteString("source", data.Indicator.Source.In(language));
            json.WriteString("updated", export.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

            json.WriteStartArray("id");
            foreach (string id in (string[])["indicator", "area", "period", "breakdown", "measure"])
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStartArray("size");
            foreach (int size in (int[])[1, rows.Count, 1, 1, measures.Count])
            {
                json.WriteNumberValue(size);
            }

            json.WriteEndArray();
            json.WriteStartObject("role");
            WriteStrings(json, "geo", ["area"]);
            WriteStrings(json, "time", ["period"]);
            WriteStrings(json, "metric", ["measure"]);
            json.WriteEndObject();

            json.WriteStartObject("dimension");
            WriteDimension(json, "indicator", DimensionLabel("indicator", language), [(data.Indicator.Id, data.Indicator.Name.In(language))]);
            WriteDimension(json, "area", DimensionLabel("area", language), [.. rows.Select(r => (r.Area.Code, r.Area.Names.In(language)))]);
            WriteDimension(json, "period", DimensionLabel("period", language), [(data.Period, data.Period)]);
            WriteDimension(json, "breakdown", DimensionLabel("breakdown", language), [(data.Breakdown, data.Breakdown)]);
            WriteMeasureDimension(json, data.Indicator, language);
            json.WriteEndObject();

            json.WriteStartArray("value");
            foreach (AreaCellView row in rows)
            {
                foreach (ExportMeasure measure in measures)
                {
                    if (measure.Of(row) is { } number && double.IsFinite(number))
                    {
                        json.WriteNumberValue(number);
                    }
                    else
                    {
                        json.WriteNullValue();
                    }
                }
            }

            json.WriteEndArray();

            json.WriteStartObject("status");
            for (int r = 0; r < rows.Count; r++)
            {
                string marker = rows[r].Disclosure.Marker;
                if (marker.Length == 0)
                {
                    continue;
                }

                for (int m = 0; m < measures.Count; m++)
                {
                    json.WriteString(((r * measures.Count) + m).ToString(CultureInfo.InvariantCulture), marker);
                }
            }

            json.WriteEndObject();

            json.WriteStartArray("note");
            json.WriteStringValue(StatusNote(language));
            if (data.Indicator.Synthetic)
            {
                json.WriteStringValue(language switch
                {
                    Language.Finnish => "Synteettinen esittelyaineisto: ei tietoa kaupungista.",
                    Language.Swedish => "Syntetiska demonstrationsdata: inga fakta om staden.",
                    _ => "Synthetic demonstration data: not facts about the city.",
                });
            }

            json.WriteEndArray();

            json.WriteStartObject("extension");
            json.WriteString("audience", export.Audience);
            json.WriteString("areaType", data.AreaType);
            json.WriteString("licence", data.Indicator.Licence);
            json.WriteBoolean("synthetic", data.Indicator.Synthetic);
            json.WriteStartObject("status");
            foreach ((string code, TextView text) in StatusMeanings)
            {
                json.WriteString(code, text.In(language));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The status codes the exports write, with their meaning.</summary>
    internal static IReadOnlyList<(string Code, TextView Meaning)> StatusMeanings { get; } =
    [
        ("c", new("salattu tietosuojan vuoksi: ei lukuja", "skyddad av integritetsskäl: inga tal", "suppressed to protect privacy: no numbers")),
        ("u", new("epävarma: pieni nimittäjä", "osäker: liten nämnare", "unreliable: small denominator")),
        (":", new("ei tietoa lähteessä", "uppgift saknas i källan", "not available from the source")),
    ];

    private static string StatusNote(Language language) =>
        string.Join("; ", StatusMeanings.Select(s => $"{s.Code} = {s.Meaning.In(language)}"));

    /// <summary>The label of dimension <paramref name="id"/> in <paramref name="language"/>; shared with the PX export.</summary>
    internal static string DimensionLabel(string id, Language language) => (id, language) switch
    {
        ("indicator", Language.Finnish) => "Indikaattori",
        ("indicator", Language.Swedish) => "Indikator",
        ("indicator", _) => "Indicator",
        ("area", Language.Finnish) => "Alue",
        ("area", Language.Swedish) => "Område",
        ("area", _) => "Area",
        ("period", Language.Finnish) => "Ajanjakso",
        ("period", Language.Swedish) => "Period",
        ("period", _) => "Period",
        ("breakdown", Language.Finnish) => "Jaottelu",
        ("breakdown", Language.Swedish) => "Indelning",
        ("breakdown", _) => "Breakdown",
        (_, Language.Finnish) => "Tunnusluku",
        (_, Language.Swedish) => "Mått",
        _ => "Measure",
    };

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDimension(Utf8JsonWriter json, string id, string label, IReadOnlyList<(string Code, string Label)> categories)
    {
        json.WriteStartObject(id);
        json.WriteString("label", label);
        json.WriteStartObject("category");
        WriteStrings(json, "index", categories.Select(c => c.Code));
        json.WriteStartObject("label");
        foreach ((string code, string text) in categories)
        {
            json.WriteString(code, text);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMeasureDimension(Utf8JsonWriter json, IndicatorView indicator, Language language)
    {
        json.WriteStartObject("measure");
        json.WriteString("label", DimensionLabel("measure", language));
        json.WriteStartObject("category");
        WriteStrings(json, "index", ExportMeasure.All.Select(m => m.Code));
        json.WriteStartObject("label");
        foreach (ExportMeasure measure in ExportMeasure.All)
        {
            json.WriteString(measure.Code, measure.Label.In(language));
        }

        json.WriteEndObject();
        json.WriteStartObject("unit");
        foreach (ExportMeasure measure in ExportMeasure.All)
        {
            json.WriteStartObject(measure.Code);
            json.WriteString("label", measure.IsCount ? CountUnit(language) : indicator.Unit.In(language));
            json.WriteNumber("decimals", measure.IsCount ? 0 : 1);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    internal static string CountUnit(Language language) => language switch
    {
        Language.Finnish => "lukumäärä",
        Language.Swedish => "antal",
        _ => "count",
    };
}
