using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Import.Mapping;

/// <summary>Reads a mapping spec from JSON and checks that it is complete; every problem goes to the report.</summary>
public static partial class MappingSpecReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly string[] Kinds = ["postal-code", "municipality", "kokotunnus", "district", "sub-district", "major-district"];

    /// <summary>Reads a spec file.</summary>
    public static async Task<MappingSpec?> ReadAsync(string path, ReadReport report, CancellationToken cancellationToken = default) =>
        Read(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), report);

    /// <summary>Reads a spec from its UTF-8 bytes; <see langword="null"/> when it is not valid, with every reason in <paramref name="report"/>.</summary>
    public static MappingSpec? Read(ReadOnlySpan<byte> utf8, ReadReport report)
    {
        MappingSpec? spec;
        try
        {
            spec = JsonSerializer.Deserialize<MappingSpec>(utf8, Json);
        }
        catch (JsonException e)
        {
            report.Error("SPEC_JSON", $"The mapping is not valid: {e.Message}", line: e.LineNumber is { } line ? (int)line + 1 : null, column: e.BytePositionInLine is { } column ? (int)column + 1 : null, location: e.Path);
            return null;
        }

        if (spec is null)
        {
            report.Error("SPEC_JSON", "The mapping is empty (null).");
            return null;
        }

        int errors = report.ErrorCount;
        if (string.IsNullOrWhiteSpace(spec.Source))
        {
            report.Error("SPEC_REQUIRED", "\"source\" is required: the stable name of where the data comes from (e.g. paavo-population).", location: "$.source");
        }

        spec.Csv?.Check(report);
        if (spec.CubeText is not null && !string.Equals(spec.CubeText, "code", StringComparison.OrdinalIgnoreCase) && !string.Equals(spec.CubeText, "label", StringComparison.OrdinalIgnoreCase))
        {
            report.Error("SPEC_VALUE", $"\"cubeText\" is \"{spec.CubeText}\"; it must be code or label.", location: "$.cubeText", value: spec.CubeText);
        }

        if (spec.Dataset is { Label: { } label } && string.IsNullOrWhiteSpace(label))
        {
            report.Error("SPEC_VALUE", "\"dataset\" is empty; it must be the label of a dataset of the JSON-stat collection or its 1-based position.", location: "$.dataset", value: label);
        }
        else if (spec.Dataset is { Position: < 1 and var position })
        {
            report.Error("SPEC_VALUE", string.Create(CultureInfo.InvariantCulture, $"\"dataset\" is {position}; a position counts the collection's datasets from 1."), location: "$.dataset", value: position.ToString(CultureInfo.InvariantCulture));
        }

        CheckField(spec.Indicator, "indicator", report);
        CheckField(spec.Area, "area", report);
        CheckField(spec.Period, "period", report);
        CheckField(spec.Sex, "sex", report);
        CheckField(spec.Age, "age", report);
        if (spec.Area is null)
        {
            report.Error("SPEC_REQUIRED", "\"area\" is required.", location: "$.area");
        }
        else if (spec.Area.Kind is { } kind && !Kinds.Contains(kind, StringComparer.Ordinal))
        {
            report.Error("SPEC_VALUE", $"\"area.kind\" is \"{kind}\"; it must be one of {string.Join(", ", Kinds)}.", location: "$.area.kind", value: kind);
        }

        if (spec.Breakdown is { } breakdown)
        {
            if (!BreakdownName().IsMatch(breakdown.Name) || breakdown.Name is "sex" or "age" or "total")
            {
                report.Error("SPEC_VALUE", $"\"breakdown.name\" \"{breakdown.Name}\" must be lower-case a-z, 0-9 and '-', and not sex, age or total.", location: "$.breakdown.name", value: breakdown.Name);
            }

            CheckField(breakdown.Field, "breakdown.field", report);
        }

        if (spec.Values.Count == 0)
        {
            report.Error("SPEC_REQUIRED", "\"values\" needs at least one entry naming the numerator or value column.", location: "$.values");
        }

        for (int i = 0; i < spec.Values.Count; i++)
        {
            ValueSpec value = spec.Values[i];
            string at = $"$.values[{i}]";
            if (value.Numerator is null && value.Value is null)
            {
                report.Error("SPEC_REQUIRED", "A values entry needs a \"numerator\" or a \"value\" column.", location: at);
            }

            if (value.Indicator is null && spec.Indicator is null)
            {
                report.Error("SPEC_REQUIRED", "No indicator: give \"indicator\" at the top or in every values entry.", location: at);
            }
            else if (value.Indicator is not null && !IndicatorId.TryParse(value.Indicator, out _, out string? error))
            {
                report.Error("SPEC_VALUE", error, location: at + ".indicator", value: value.Indicator);
            }

            if (value.Period is null && spec.Period is null)
            {
                report.Error("SPEC_REQUIRED", "No period: give \"period\" at the top or in every values entry.", location: at);
            }
            else if (value.Period is not null && !Periods.Period.TryParse(value.Period, out _, out string? error))
            {
                report.Error("SPEC_VALUE", error, location: at + ".period", value: value.Period);
            }

            if (value.Min > value.Max)
            {
                report.Error("SPEC_VALUE", "\"min\" is above \"max\".", location: at);
            }
        }

        return report.ErrorCount > errors ? null : spec;
    }

    private static void CheckField(FieldSpec? field, string name, ReadReport report)
    {
        if (field is null)
        {
            return;
        }

        if ((field.Column is null) == (field.Constant is null))
        {
            report.Error("SPEC_FIELD", $"\"{name}\" needs exactly one of \"column\" and \"constant\".", location: "$." + name);
        }

        if (field.Unmapped is not (null or "keep" or "skip" or "error"))
        {
            report.Error("SPEC_VALUE", $"\"{name}.unmapped\" is \"{field.Unmapped}\"; it must be keep, skip or error.", location: $"$.{name}.unmapped", value: field.Unmapped);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex BreakdownName();
}
