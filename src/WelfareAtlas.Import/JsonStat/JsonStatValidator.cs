using System.Text.Json;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.JsonStat;

/// <summary>Checks a parsed JSON-stat document and builds its cubes; one instance per document.</summary>
internal sealed partial class JsonStatValidator
{
    private readonly ReadReport report;
    private readonly JsonPositions positions;
    private int errorsAtStart;

    public JsonStatValidator(ReadReport report, JsonPositions positions)
    {
        this.report = report;
        this.positions = positions;
    }

    public JsonStatDocument? ReadDocument(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error("NOT_JSONSTAT", $"The top level is a JSON {Kind(root)}, not a JSON-stat object.", "$");
            return null;
        }

        string? version = String(root, "version");
        string? cls = String(root, "class");
        if (version is null && cls is null)
        {
            if (root.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("dimension", out _)))
            {
                Error("JSONSTAT_VERSION_1", "This is a JSON-stat 1.x bundle (datasets keyed by name, no \"version\"); only JSON-stat 2.0 is read. Ask the source for version 2.0.", "$");
            }
            else
            {
                Error("NOT_JSONSTAT", "The object has no \"version\" or \"class\" and no datasets: it is not JSON-stat.", "$");
            }

            return null;
        }

        if (version is not "2.0")
        {
            Error("UNSUPPORTED_VERSION", $"\"version\" is \"{version ?? "(missing)"}\"; only \"2.0\" is read.", "$.version", version);
            return null;
        }

        if (cls is null)
        {
            if (root.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("dimension", out _)))
            {
                Error("BUNDLE_DEPRECATED", "A version 2.0 document with datasets keyed by name is the 1.x bundle form; use class \"collection\" with embedded datasets.", "$");
            }
            else
            {
                Error("MISSING_CLASS", "\"class\" is required in JSON-stat 2.0 (dataset, collection or dimension).", "$");
            }

            return null;
        }

        string? label = String(root, "label");
        switch (cls)
        {
            case "dataset":
                Cube? cube = ReadDataset(root, "$");
                return cube is null ? null : new JsonStatDocument(cls, label, [cube], []);
            case "collection":
                List<Cube> cubes = [];
                List<string> links = [];
                int errors = report.ErrorCount;
                ReadCollection(root, "$", cubes, links);
                return report.ErrorCount > errors ? null : new JsonStatDocument(cls, label, cubes, links);
            case "dimension":
                int before = report.ErrorCount;
                ReadDimension(root, "$", "dimension", -1, DimensionRole.None);
                return report.ErrorCount > before ? null : new JsonStatDocument(cls, label, [], []);
            default:
                Error("UNKNOWN_CLASS", $"\"class\" is \"{cls}\"; JSON-stat 2.0 knows dataset, collection and dimension.", "$.class", cls);
                return null;
        }
    }

    private void ReadCollection(JsonElement collection, string path, List<Cube> cubes, List<string> links)
    {
        if (!collection.TryGetProperty("link", out JsonElement link) || !link.TryGetProperty("item", out JsonElement items) || items.ValueKind != JsonValueKind.Array)
        {
            Error("MISSING_ITEMS", "A collection needs \"link\": {\"item\": [ … ]}.", path);
            return;
        }

        int i = 0;
        foreach (JsonElement item in items.EnumerateArray())
        {
            string itemPath = $"{path}.link.item[{i++}]";
            string? cls = String(item, "class");
            if (cls == "dataset" && item.TryGetProperty("value", out _))
            {
                if (ReadDataset(item, itemPath) is { } cube)
                {
                    cubes.Add(cube);
                }
            }
            else if (cls == "collection" && item.TryGetProperty("link", out _))
            {
                ReadCollection(item, itemPath, cubes, links);
            }
            else if (String(item, "href") is { } href)
            {
                links.Add(href);
            }
            else
            {
                Error("ITEM_INVALID", "A collection item must embed a dataset or give an \"href\".", itemPath);
            }
        }
    }

    private Cube? ReadDataset(JsonElement dataset, string path)
    {
        errorsAtStart = report.ErrorCount;
        List<string>? ids = ReadIds(dataset, path);
        List<int>? sizes = ReadSizes(dataset, path);
        if (!dataset.TryGetProperty("dimension", out JsonElement dimensionsElement) || dimensionsElement.ValueKind != JsonValueKind.Object)
        {
            Error("MISSING_DIMENSION", "A dataset needs a \"dimension\" object.", path);
            return null;
        }

        if (!dataset.TryGetProperty("value", out JsonElement valueElement))
        {
            Error(dataset.TryGetProperty("measure", out _) ? "VALUE_MISSING_MEASURE" : "MISSING_VALUE",
                dataset.TryGetProperty("measure", out _) ? "The dataset has \"measure\" instead of \"value\"; that is not JSON-stat." : "A dataset needs \"value\".",
                path);
            return null;
        }

        if (ids is null || sizes is null)
        {
            return null;
        }

        if (ids.Count != sizes.Count)
        {
            Error("ID_SIZE_LEN_MISMATCH", $"\"id\" names {ids.Count} dimensions but \"size\" gives {sizes.Count} sizes.", path + ".size");
            return null;
        }

        long total = 1;
        foreach (int size in sizes)
        {
            total *= size;
            if (total > 50_000_000)
            {
                Error("TOO_LARGE", "The dataset has more than 50 million cells, more than this reader holds in memory.", path + ".size");
                return null;
            }
        }

        // Checked before the dimensions so that a file with several defects reports this one too.
        if (valueElement.ValueKind == JsonValueKind.Array && valueElement.GetArrayLength() is > 0 and var count && count != total)
        {
            Error("VALUE_LEN_MISMATCH", $"\"value\" has {count} entries but the product of \"size\" ({string.Join(" × ", sizes)}) is {total}.", path + ".value");
        }

        HashSet<string> idSet = new(ids, StringComparer.Ordinal);
        foreach (JsonProperty property in dimensionsElement.EnumerateObject().Where(p => !idSet.Contains(p.Name)))
        {
            Error("DIM_KEY_ID_MISMATCH", $"\"dimension\" has \"{property.Name}\", which \"id\" does not list.", $"{path}.dimension.{property.Name}", property.Name);
        }

        Dictionary<string, DimensionRole> roles = ReadRoles(dataset, path, idSet);
        List<CubeDimension> dimensions = [];
        for (int d = 0; d < ids.Count; d++)
        {
            if (!dimensionsElement.TryGetProperty(ids[d], out JsonElement dimensionElement))
            {
                Error("DIM_KEY_ID_MISMATCH", $"\"id\" lists \"{ids[d]}\" but \"dimension\" has no such key.", path + ".dimension", ids[d]);
                continue;
            }

            CubeDimension? dimension = ReadDimension(dimensionElement, $"{path}.dimension.{ids[d]}", ids[d], sizes[d], roles.GetValueOrDefault(ids[d]));
            if (dimension is not null)
            {
                dimensions.Add(dimension);
            }
        }

        if (report.ErrorCount > errorsAtStart)
        {
            return null;
        }

        double?[] values = new double?[total];
        Dictionary<int, string> statuses = [];
        ReadValues(valueElement, path + ".value", values);
        if (dataset.TryGetProperty("status", out JsonElement statusElement))
        {
            ReadStatuses(statusElement, path + ".status", statuses, values.Length);
        }

        if (report.ErrorCount > errorsAtStart)
        {
            return null;
        }

        CubeMetadata metadata = new(CubeText.Of(String(dataset, "label") ?? String(dataset, "href") ?? report.File))
        {
            Id = String(dataset, "href"),
            Source = String(dataset, "source") is { } source ? CubeText.Of(source) : null,
            Updated = String(dataset, "updated"),
            Notes = ReadNotes(dataset),
        };
        return new Cube(report.File, metadata, dimensions, values, statuses);
    }

    private List<string>? ReadIds(JsonElement dataset, string path)
    {
        if (!dataset.TryGetProperty("id", out JsonElement element) || element.ValueKind != JsonValueKind.Array)
        {
            Error("MISSING_ID", "A dataset needs \"id\": an array of dimension ids.", path);
            return null;
        }

        List<string> ids = [];
        int i = 0;
        foreach (JsonElement id in element.EnumerateArray())
        {
            if (id.ValueKind != JsonValueKind.String)
            {
                Error("ID_NOT_STRING", "Every entry of \"id\" must be a string.", $"{path}.id[{i}]", id.GetRawText());
                return null;
            }

            ids.Add(id.GetString()!);
            i++;
        }

        return ids;
    }

    private List<int>? ReadSizes(JsonElement dataset, string path)
    {
        if (!dataset.TryGetProperty("size", out JsonElement element) || element.ValueKind != JsonValueKind.Array)
        {
            Error("MISSING_SIZE", "A dataset needs \"size\": an array of dimension sizes.", path);
            return null;
        }

        List<int> sizes = [];
        int i = 0;
        foreach (JsonElement size in element.EnumerateArray())
        {
            if (size.ValueKind != JsonValueKind.Number || !size.TryGetInt32(out int value) || value < 1)
            {
                Error("SIZE_NOT_INTEGER", $"Every entry of \"size\" must be a positive whole number, not {size.GetRawText()}.", $"{path}.size[{i}]", size.GetRawText());
                return null;
            }

            sizes.Add(value);
            i++;
        }

        return sizes;
    }

    private Dictionary<string, DimensionRole> ReadRoles(JsonElement dataset, string path, HashSet<string> ids)
    {
        Dictionary<string, DimensionRole> roles = new(StringComparer.Ordinal);
        if (!dataset.TryGetProperty("role", out JsonElement role) || role.ValueKind != JsonValueKind.Object)
        {
            return roles;
        }

        foreach (JsonProperty property in role.EnumerateObject())
        {
            DimensionRole kind = property.Name switch
            {
                "time" => DimensionRole.Time,
                "geo" => DimensionRole.Geo,
                "metric" => DimensionRole.Metric,
                _ => DimensionRole.None,
            };
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (JsonElement id in property.Value.EnumerateArray())
            {
                string? name = id.ValueKind == JsonValueKind.String ? id.GetString() : null;
                if (name is null || !ids.Contains(name))
                {
                    Error("ROLE_ID_UNKNOWN", $"role.{property.Name} names \"{name ?? id.GetRawText()}\", which is not a dimension id.", $"{path}.role.{property.Name}", name ?? id.GetRawText());
                }
                else if (kind != DimensionRole.None)
                {
                    roles[name] = kind;
                }
            }
        }

        return roles;
    }

    private static List<CubeText> ReadNotes(JsonElement element)
    {
        List<CubeText> notes = [];
        if (element.TryGetProperty("note", out JsonElement note) && note.ValueKind == JsonValueKind.Array)
        {
            notes.AddRange(note.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => CubeText.Of(n.GetString()!)));
        }

        return notes;
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private void Error(string code, string message, string path, string? value = null)
    {
        (int? line, int? column) = positions.Find(path);
        report.Error(code, message, line, column, path, value);
    }

    private void Warning(string code, string message, string path, string? value = null)
    {
        (int? line, int? column) = positions.Find(path);
        report.Warning(code, message, line, column, path, value);
    }
}
