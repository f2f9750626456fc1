using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Import.Geography;

/// <summary>
/// The area file (<c>atlas areas import FILE</c>): a division of one or more municipalities with names in fi/sv/en,
/// parents and the postal area → sub-district crosswalk, as JSON. The national demo writes one; the shape is in
/// docs/import/areas.md.
/// </summary>
/// <remarks>
/// The file is self-contained: every parent is an area of the file, and the hierarchy follows the product's types
/// (a city has no parent; a major district's and a postal area's parent is a city, a district's a major district, a
/// sub-district's a district). Each postal area's crosswalk shares are positive and sum to 1 (within
/// <see cref="ShareTolerance"/>). Areas have no shapes: they are drawn on no map.
/// </remarks>
public static class AreaFile
{
    /// <summary>The value of <c>format</c> that marks an area file.</summary>
    public const string Format = "welfare-atlas-areas";

    /// <summary>How far a postal area's shares may sum from 1 (rounding in the file).</summary>
    public const double ShareTolerance = 0.001;

    private static readonly string[] Languages = ["fi", "sv", "en"];

    /// <summary>Writes <paramref name="geography"/> (without shapes) as an area file.</summary>
    /// <param name="geography">The areas, parents first, and their crosswalk.</param>
    /// <param name="synthetic">Whether the areas are invented (the national demo): written as <c>"synthetic": true</c>.</param>
    /// <param name="notice">A sentence for whoever opens the file.</param>
    public static byte[] ToJson(GeographyDataset geography, bool synthetic, string notice)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", 1);
            json.WriteBoolean("synthetic", synthetic);
            json.WriteString("notice", notice);
            json.WriteStartArray("areas");
            foreach (Area area in geography.Areas)
            {
                json.WriteStartObject();
                json.WriteString("code", area.Code.Value);
                json.WriteString("type", area.Type.ToSlug());
                if (area.Parent is { } parent)
                {
                    json.WriteString("parent", parent.Value);
                }
                else
                {
                    json.WriteNull("parent");
                }

                json.WriteStartObject("names");
                json.WriteString("fi", area.Names.Fi);
                json.WriteString("sv", area.Names.Sv);
                json.WriteString("en", area.Names.En);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("crosswalk");
            foreach (AreaOverlap overlap in geography.Overlaps)
            {
                json.WriteStartObject();
                json.WriteString("from", overlap.From.Value);
                json.WriteString("to", overlap.To.Value);
                json.WriteNumber("share", overlap.Share);
                json.WriteString("basis", overlap.Basis == OverlapBasis.Population ? "population" : "area");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads an area file; every problem goes to the report with its JSON location.</summary>
    /// <param name="bytes">The file's content (UTF-8 JSON).</param>
    /// <param name="fileName">The file's name, for the report.</param>
    /// <returns>The areas and crosswalk, or <see langword="null"/> when the report has an error.</returns>
    public static (GeographyDataset? Geography, ReadReport Report) Read(byte[] bytes, string fileName)
    {
        ReadReport report = new(fileName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            report.Error("AREAS_JSON", $"The area file is not valid JSON: {e.Message}", line: e.LineNumber is { } line ? (int)line + 1 : null);
            return (null, report);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out JsonElement format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                report.Error("AREAS_FORMAT", $"The file is not an area file: it needs \"format\": \"{Format}\".", location: "$.format");
                return (null, report);
            }

            List<Area> areas = ReadAreas(root, report);
            List<AreaOverlap> overlaps = ReadCrosswalk(root, areas, report);
            return report.HasErrors ? (null, report) : (new GeographyDataset(areas, new Dictionary<AreaCode, string>(), overlaps), report);
        }
    }

    private static List<Area> ReadAreas(JsonElement root, ReadReport report)
    {
        List<Area> areas = [];
        if (!root.TryGetProperty("areas", out JsonElement list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            report.Error("AREAS_MISSING", "The area file needs a non-empty array \"areas\".", location: "$.areas");
            return areas;
        }

        Dictionary<string, Area> byCode = new(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string at = Invariant($"$.areas[{index++}]");
            string? codeText = Text(item, "code");
            if (!AreaCode.TryParse(codeText, out AreaCode code, out string? codeError))
            {
                report.Error("AREA_CODE", codeError, location: at + ".code", value: codeText);
                continue;
            }

            if (!AreaTypes.TryParse(Text(item, "type"), out AreaType type))
            {
                report.Error("AREA_TYPE", $"Area {code} has type \"{Text(item, "type")}\"; it must be one of {AreaTypes.SlugList}.", location: at + ".type", value: Text(item, "type"));
                continue;
            }

            JsonElement names = item.TryGetProperty("names", out JsonElement n) && n.ValueKind == JsonValueKind.Object ? n : default;
            string?[] texts = [.. Languages.Select(language => names.ValueKind == JsonValueKind.Object ? Text(names, language) : null)];
            if (texts.Any(string.IsNullOrWhiteSpace))
            {
                report.Error("AREA_NAMES", $"Area {code} needs a name in each of fi, sv and en.", location: at + ".names");
                continue;
            }

            AreaCode? parent = null;
            string? parentText = Text(item, "parent");
            if (parentText is not null)
            {
                if (!byCode.TryGetValue(parentText, out Area? parentArea))
                {
                    report.Error("AREA_PARENT", $"Area {code}'s parent {parentText} is not an earlier area of the file (list parents before their children).", location: at + ".parent", value: parentText);
                    continue;
                }

                parent = parentArea.Code;
                if (ExpectedParent(type) is not { } expected || parentArea.Type != expected)
                {
                    report.Error("AREA_HIERARCHY", $"Area {code} ({type.ToSlug()}) cannot have the {parentArea.Type.ToSlug()} {parentText} as its parent; {ParentRule(type)}.", location: at + ".parent", value: parentText);
                    continue;
                }
            }
            else if (type != AreaType.City)
            {
                report.Error("AREA_HIERARCHY", $"Area {code} ({type.ToSlug()}) has no parent; {ParentRule(type)}.", location: at + ".parent");
                continue;
            }

            if (byCode.ContainsKey(code.Value))
            {
                report.Error("AREA_DUPLICATE", $"Area {code} is listed twice.", location: at + ".code", value: code.Value);
                continue;
            }

            Area area = new(code, type, new LocalisedText(texts[0]!, texts[1]!, texts[2]!), parent);
            byCode.Add(code.Value, area);
            areas.Add(area);
        }

        return areas;
    }

    private static List<AreaOverlap> ReadCrosswalk(JsonElement root, List<Area> areas, ReadReport report)
    {
        List<AreaOverlap> overlaps = [];
        if (!root.TryGetProperty("crosswalk", out JsonElement list) || list.ValueKind == JsonValueKind.Null)
        {
            return overlaps;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            report.Error("CROSSWALK_SHAPE", "\"crosswalk\" must be an array.", location: "$.crosswalk");
            return overlaps;
        }

        Dictionary<string, AreaType> types = areas.ToDictionary(area => area.Code.Value, area => area.Type, StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string at = Invariant($"$.crosswalk[{index++}]");
            string? from = Text(item, "from");
            string? to = Text(item, "to");
            if (from is null || !types.TryGetValue(from, out AreaType fromType) || fromType != AreaType.PostalArea)
            {
                report.Error("CROSSWALK_FROM", $"Crosswalk row {index}: \"from\" {from ?? "(missing)"} is not a postal area of the file.", location: at + ".from", value: from);
                continue;
            }

            if (to is null || !types.TryGetValue(to, out AreaType toType) || toType != AreaType.SubDistrict)
            {
                report.Error("CROSSWALK_TO", $"Crosswalk row {index}: \"to\" {to ?? "(missing)"} is not a sub-district of the file.", location: at + ".to", value: to);
                continue;
            }

            if (!item.TryGetProperty("share", out JsonElement shareElement) || shareElement.ValueKind != JsonValueKind.Number
                || shareElement.GetDouble() is var share && !(share > 0 && share <= 1))
            {
                report.Error("CROSSWALK_SHARE", $"Crosswalk row {index} ({from} → {to}): \"share\" must be a number above 0 and at most 1.", location: at + ".share");
                continue;
            }

            string? basis = Text(item, "basis") ?? "area";
            if (basis is not ("area" or "population"))
            {
                report.Error("CROSSWALK_BASIS", $"Crosswalk row {index} ({from} → {to}): \"basis\" is \"{basis}\"; it must be area or population.", location: at + ".basis", value: basis);
                continue;
            }

            overlaps.Add(new AreaOverlap(AreaCode.Parse(from), AreaCode.Parse(to), share, basis == "population" ? OverlapBasis.Population : OverlapBasis.Area));
        }

        foreach (IGrouping<AreaCode, AreaOverlap> postal in overlaps.GroupBy(o => o.From))
        {
            double sum = postal.Sum(o => o.Share);
            if (Math.Abs(sum - 1) > ShareTolerance)
            {
                report.Error("CROSSWALK_SUM", Invariant($"The shares of postal area {postal.Key} sum to {sum:0.####}, not 1."), location: "$.crosswalk", value: postal.Key.Value);
            }
        }

        return overlaps;
    }

    private static AreaType? ExpectedParent(AreaType type) => type switch
    {
        AreaType.MajorDistrict or AreaType.PostalArea => AreaType.City,
        AreaType.District => AreaType.MajorDistrict,
        AreaType.SubDistrict => AreaType.District,
        _ => null,
    };

    private static string ParentRule(AreaType type) => ExpectedParent(type) is { } expected
        ? $"a {type.ToSlug()}'s parent is a {expected.ToSlug()}"
        : "a city has no parent";

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
