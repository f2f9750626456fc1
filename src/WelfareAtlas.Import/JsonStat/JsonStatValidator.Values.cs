using System.Globalization;
using System.Text.Json;

namespace WelfareAtlas.Import.JsonStat;

/// <summary>The <c>value</c> and <c>status</c> members: arrays (dense) or objects keyed by cell index (sparse).</summary>
internal sealed partial class JsonStatValidator
{
    private void ReadValues(JsonElement element, string path, double?[] values)
    {
        int strings = 0;
        int nonNumeric = 0;
        string? firstNonNumeric = null;
        void Store(int index, JsonElement value, string cellPath)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Number:
                    values[index] = value.GetDouble();
                    break;
                case JsonValueKind.String:
                    // The format allows string values; numeric ones (PxWeb writes some) are read as numbers.
                    strings++;
                    if (double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed))
                    {
                        values[index] = parsed;
                    }
                    else
                    {
                        nonNumeric++;
                        firstNonNumeric ??= cellPath;
                    }

                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    Error("VALUE_INVALID", $"A value must be a number, a string or null, not a {Kind(value)}.", cellPath, value.GetRawText());
                    break;
            }
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            int count = element.GetArrayLength();
            if (count == 0)
            {
                Warning("VALUE_EMPTY", $"\"value\" is empty: the dataset holds metadata only, so all {values.Length} cells are missing.", path);
                return;
            }

            if (count != values.Length)
            {
                // Reported by ReadDataset before the dimensions were read.
                return;
            }

            int i = 0;
            foreach (JsonElement value in element.EnumerateArray())
            {
                Store(i, value, $"{path}[{i}]");
                i++;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty entry in element.EnumerateObject())
            {
                if (CellIndex(entry, path, values.Length, "SPARSE_KEY_OUT_OF_RANGE") is { } index)
                {
                    Store(index, entry.Value, $"{path}.{entry.Name}");
                }
            }
        }
        else
        {
            Error("VALUE_INVALID", $"\"value\" must be an array or an object keyed by cell index, not a {Kind(element)}.", path);
        }

        if (nonNumeric > 0)
        {
            Warning("VALUE_NOT_NUMERIC", $"{nonNumeric} of {strings} string values are not numbers; those cells are read as missing.", firstNonNumeric!);
        }
    }

    private void ReadStatuses(JsonElement element, string path, Dictionary<int, string> statuses, int cellCount)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Fill(statuses, element.GetString()!, cellCount);
                return;
            case JsonValueKind.Array:
                int count = element.GetArrayLength();
                if (count == 1)
                {
                    // A one-element array applies to every cell, as a plain string does.
                    if (element[0].ValueKind == JsonValueKind.String)
                    {
                        Fill(statuses, element[0].GetString()!, cellCount);
                    }

                    return;
                }

                if (count != cellCount)
                {
                    Error("STATUS_LEN_MISMATCH", $"\"status\" has {count} entries; it needs 1 or {cellCount} (the product of \"size\").", path);
                    return;
                }

                int i = 0;
                foreach (JsonElement status in element.EnumerateArray())
                {
                    if (status.ValueKind == JsonValueKind.String)
                    {
                        statuses[i] = status.GetString()!;
                    }

                    i++;
                }

                return;
            case JsonValueKind.Object:
                foreach (JsonProperty entry in element.EnumerateObject())
                {
                    if (CellIndex(entry, path, cellCount, "STATUS_KEY_OUT_OF_RANGE") is { } index && entry.Value.ValueKind == JsonValueKind.String)
                    {
                        statuses[index] = entry.Value.GetString()!;
                    }
                }

                return;
            default:
                Error("STATUS_INVALID", $"\"status\" must be a string, an array or an object, not a {Kind(element)}.", path);
                return;
        }
    }

    private int? CellIndex(JsonProperty entry, string path, int cellCount, string code)
    {
        if (int.TryParse(entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < cellCount)
        {
            return index;
        }

        Error(code, $"Key \"{entry.Name}\" is not a cell index from 0 to {cellCount - 1}.", $"{path}.{entry.Name}", entry.Name);
        return null;
    }

    private static void Fill(Dictionary<int, string> statuses, string status, int cellCount)
    {
        for (int i = 0; i < cellCount; i++)
        {
            statuses[i] = status;
        }
    }
}
