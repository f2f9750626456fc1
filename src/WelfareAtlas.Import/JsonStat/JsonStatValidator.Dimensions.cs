using System.Text.Json;
using WelfareAtlas.Import.Cubes;

namespace WelfareAtlas.Import.JsonStat;

/// <summary>Dimensions and their categories: index, label, unit, coordinates, note, child.</summary>
internal sealed partial class JsonStatValidator
{
    private CubeDimension? ReadDimension(JsonElement element, string path, string id, int size, DimensionRole role)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("category", out JsonElement category) || category.ValueKind != JsonValueKind.Object)
        {
            Error("MISSING_CATEGORY", $"Dimension \"{id}\" needs a \"category\" object.", path);
            return null;
        }

        string categoryPath = path + ".category";
        List<string>? index = ReadIndex(category, categoryPath, id);
        if (index is null)
        {
            return null;
        }

        if (size >= 0 && index.Count != size)
        {
            Error("INDEX_COUNT_MISMATCH", $"Dimension \"{id}\" has {index.Count} categories but \"size\" says {size}.", categoryPath + ".index");
            return null;
        }

        HashSet<string> known = new(index, StringComparer.Ordinal);
        Dictionary<string, string> labels = ReadStringMap(category, "label", categoryPath, known, "LABEL_KEY_UNKNOWN");
        Dictionary<string, CubeUnit> units = ReadUnits(category, categoryPath, known);
        CheckKeys(category, "coordinates", categoryPath, known, "COORD_KEY_UNKNOWN");
        CheckKeys(category, "note", categoryPath, known, "NOTE_KEY_UNKNOWN");
        Dictionary<string, List<string>> children = ReadChildren(category, categoryPath, known);
        if (role == DimensionRole.Metric && index.Any(code => !units.ContainsKey(code)))
        {
            Warning("METRIC_UNIT_MISSING", $"Metric dimension \"{id}\" has categories without a \"unit\".", categoryPath);
        }

        List<CubeCategory> categories = [.. index.Select(code => new CubeCategory(code, CubeText.Of(labels.GetValueOrDefault(code) ?? code))
        {
            Unit = units.GetValueOrDefault(code),
            Children = children.TryGetValue(code, out List<string>? list) ? list : [],
        })];
        return new CubeDimension(id, CubeText.Of(String(element, "label") ?? id), role, categories);
    }

    private List<string>? ReadIndex(JsonElement category, string path, string id)
    {
        if (!category.TryGetProperty("index", out JsonElement index))
        {
            // Single-category shorthand: no index, one label.
            if (category.TryGetProperty("label", out JsonElement label) && label.ValueKind == JsonValueKind.Object && label.EnumerateObject().Count() == 1)
            {
                return [label.EnumerateObject().First().Name];
            }

            Error("INDEX_MISSING", $"Dimension \"{id}\" has no category \"index\" (allowed only with exactly one labelled category).", path);
            return null;
        }

        if (index.ValueKind == JsonValueKind.Array)
        {
            List<string> codes = [];
            foreach (JsonElement code in index.EnumerateArray())
            {
                if (code.ValueKind != JsonValueKind.String)
                {
                    Error("INDEX_NOT_STRING", $"Category ids of \"{id}\" must be strings.", path + ".index", code.GetRawText());
                    return null;
                }

                codes.Add(code.GetString()!);
            }

            if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
            {
                Error("INDEX_DUPLICATE", $"Dimension \"{id}\" lists a category id twice.", path + ".index");
                return null;
            }

            return codes;
        }

        if (index.ValueKind == JsonValueKind.Object)
        {
            List<JsonProperty> entries = [.. index.EnumerateObject()];
            string?[] byPosition = new string?[entries.Count];
            foreach (JsonProperty entry in entries)
            {
                if (entry.Value.ValueKind != JsonValueKind.Number || !entry.Value.TryGetInt32(out int position) || position < 0 || position >= entries.Count || byPosition[position] is not null)
                {
                    Error("INDEX_POSITIONS_INVALID", $"Category positions of \"{id}\" must be 0 to {entries.Count - 1}, each once; \"{entry.Name}\" has {entry.Value.GetRawText()}.", $"{path}.index.{entry.Name}", entry.Value.GetRawText());
                    return null;
                }

                byPosition[position] = entry.Name;
            }

            return [.. byPosition.Select(code => code!)];
        }

        Error("INDEX_INVALID", $"The category \"index\" of \"{id}\" must be an array or an object, not a {Kind(index)}.", path + ".index");
        return null;
    }

    private Dictionary<string, string> ReadStringMap(JsonElement category, string property, string path, HashSet<string> known, string unknownCode)
    {
        Dictionary<string, string> map = new(StringComparer.Ordinal);
        if (!category.TryGetProperty(property, out JsonElement element) || element.ValueKind != JsonValueKind.Object)
        {
            return map;
        }

        foreach (JsonProperty entry in element.EnumerateObject())
        {
            if (!known.Contains(entry.Name))
            {
                Error(unknownCode, $"category.{property} has \"{entry.Name}\", which is not in the category index.", $"{path}.{property}.{entry.Name}", entry.Name);
            }
            else if (entry.Value.ValueKind == JsonValueKind.String)
            {
                map[entry.Name] = entry.Value.GetString()!;
            }
        }

        return map;
    }

    private Dictionary<string, CubeUnit> ReadUnits(JsonElement category, string path, HashSet<string> known)
    {
        Dictionary<string, CubeUnit> units = new(StringComparer.Ordinal);
        if (!category.TryGetProperty("unit", out JsonElement element) || element.ValueKind != JsonValueKind.Object)
        {
            return units;
        }

        foreach (JsonProperty entry in element.EnumerateObject())
        {
            if (!known.Contains(entry.Name))
            {
                Error("UNIT_KEY_UNKNOWN", $"category.unit has \"{entry.Name}\", which is not in the category index.", $"{path}.unit.{entry.Name}", entry.Name);
                continue;
            }

            JsonElement unit = entry.Value;
            int? decimals = unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("decimals", out JsonElement d) && d.TryGetInt32(out int dv) ? dv : null;
            int multiplier = unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("multiplier", out JsonElement m) && m.TryGetInt32(out int mv) ? mv : 0;
            units[entry.Name] = new CubeUnit(String(unit, "label"), decimals, String(unit, "symbol"), multiplier);
        }

        return units;
    }

    private void CheckKeys(JsonElement category, string property, string path, HashSet<string> known, string code)
    {
        if (category.TryGetProperty(property, out JsonElement element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty entry in element.EnumerateObject().Where(e => !known.Contains(e.Name)))
            {
                Error(code, $"category.{property} has \"{entry.Name}\", which is not in the category index.", $"{path}.{property}.{entry.Name}", entry.Name);
            }
        }
    }

    private Dictionary<string, List<string>> ReadChildren(JsonElement category, string path, HashSet<string> known)
    {
        Dictionary<string, List<string>> children = new(StringComparer.Ordinal);
        if (!category.TryGetProperty("child", out JsonElement element) || element.ValueKind != JsonValueKind.Object)
        {
            return children;
        }

        foreach (JsonProperty entry in element.EnumerateObject())
        {
            List<string> list = [.. entry.Value.ValueKind == JsonValueKind.Array ? entry.Value.EnumerateArray().Select(c => c.GetString() ?? c.GetRawText()) : []];
            foreach (string unknown in list.Prepend(entry.Name).Where(c => !known.Contains(c)))
            {
                Error("CHILD_ID_UNKNOWN", $"category.child refers to \"{unknown}\", which is not in the category index.", $"{path}.child.{entry.Name}", unknown);
            }

            children[entry.Name] = list;
        }

        // A hierarchy must be a tree: walking down from any category must never come back to it.
        foreach (string start in children.Keys)
        {
            Stack<string> pending = new(children[start]);
            HashSet<string> seen = new(StringComparer.Ordinal);
            while (pending.TryPop(out string? current))
            {
                if (current == start)
                {
                    Error("CHILD_CYCLE", $"category.child makes a cycle through \"{start}\".", $"{path}.child.{start}", start);
                    return children;
                }

                if (seen.Add(current) && children.TryGetValue(current, out List<string>? next))
                {
                    next.ForEach(pending.Push);
                }
            }
        }

        return children;
    }
}
