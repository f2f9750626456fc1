using System.Globalization;
using MiniExcelLibs;
using WelfareAtlas.Localisation;
using WelfareAtlas.Spreadsheets;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Exports;

/// <summary>
/// Writes indicator data and area profiles as XLSX workbooks with MiniExcel: a <c>Cover</c> sheet (what the file
/// holds, for whom, when, sources and licences), a <c>Data</c> sheet (values, limits, comparisons, trend, flags and
/// disclosure state) and a metadata sheet per indicator.
/// </summary>
/// <remarks>
/// Numbers are stored as numbers (XLSX keeps them invariant; the spreadsheet shows them in the reader's locale) and
/// a cell without one is empty, never a dash or a zero. Every text cell goes through <see cref="FormulaNeutraliser"/>.
/// Column headers are stable English keys, so formulas and scripts built on the file keep working in every language;
/// names and texts are in the language asked for. A code column (a comparison, a trend, a status, a polarity) has a <c>_text</c>
/// column beside it with the words the pages use in that language, for a reader of the sheet rather than a script.
/// </remarks>
internal static class XlsxExport
{
    /// <summary>The media type of an XLSX workbook.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The workbook of an indicator's data.</summary>
    public static byte[] Write(IndicatorExport export, IndicatorMetadata metadata, Language language)
    {
        IndicatorDataView data = export.Data;
        List<(string, string)> cover =
        [
            ("title", $"{data.Indicator.Name.In(language)}, {data.Period}"),
            ("indicator", data.Indicator.Id),
            ("area_type", data.AreaType),
            ("period", data.Period),
            ("breakdown", data.Breakdown),
            ("polarity", data.Polarity),
            ("audience", export.Audience),
            ("created_utc", export.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("source", data.Indicator.Source.In(language)),
            ("licence", data.Indicator.Licence),
            ("synthetic", data.Indicator.Synthetic ? "yes" : "no"),
            .. Markers(language),
        ];
        ProfileTexts words = UiStrings.For(language).Profiles;
        List<Dictionary<string, object?>> rows = [.. export.Rows.Select(cell => DataRow(cell, data, words))];
        Dictionary<string, object> sheets = new(StringComparer.Ordinal)
        {
            ["Cover"] = Pairs(cover),
            ["Data"] = rows,
        };
        AddMetadata(sheets, [metadata], language);
        return Save(sheets);
    }

    /// <summary>The workbook of an area's profile.</summary>
    public static byte[] Write(AreaProfileView view, string audience, DateTimeOffset created, IReadOnlyList<IndicatorMetadata> metadata, Language language)
    {
        ProfileTexts words = UiStrings.For(language).Profiles;
        List<(string, string)> cover =
        [
            ("title", $"{view.Area.Names.In(language)}: {view.Profile.Name.In(language)}"),
            ("profile", view.Profile.Id),
            ("area", view.Area.Code),
            ("area_name", view.Area.Names.In(language)),
            ("area_type", view.Area.Type),
            ("benchmark", view.BenchmarkArea is { } b ? $"{b.Code} {b.Names.In(language)}" : view.Benchmark),
            ("audience", audience),
            ("created_utc", created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("summary", view.Summary.Text.In(language)),
            .. metadata.Select(m => m.Indicator.Source.In(language)).Distinct(StringComparer.Ordinal).Select(s => ("source", s)),
            .. metadata.Select(m => m.Indicator.Licence).Distinct(StringComparer.Ordinal).Select(l => ("licence", l)),
            ("synthetic", metadata.Any(m => m.Indicator.Synthetic) ? words.SomeSynthetic : "no"),
            .. Markers(language),
        ];
        List<Dictionary<string, object?>> rows = [.. view.Domains.SelectMany(domain => domain.Indicators.Select(cell => new Dictionary<string, object?>
        {
            ["domain"] = Text(domain.Name.In(language)),
            ["indicator"] = Text(cell.Indicator),
            ["indicator_name"] = Text(cell.Name.In(language)),
            ["unit"] = Text(cell.Unit.In(language)),
            ["period"] = Text(cell.Period),
            ["breakdown"] = Text(cell.Breakdown),
            ["value"] = Number(cell.Value),
            ["ci95_lower"] = Number(cell.Ci95?.Lower),
            ["ci95_upper"] = Number(cell.Ci95?.Upper),
            ["ci998_lower"] = Number(cell.Ci998?.Lower),
            ["ci998_upper"] = Number(cell.Ci998?.Upper),
            ["numerator"] = Number(cell.Numerator),
            ["denominator"] = Number(cell.Denominator),
            ["benchmark_value"] = Number(cell.Comparison.BenchmarkValue),
            ["comparison_95"] = Text(cell.Comparison.At95),
            ["comparison_95_text"] = Words(words.Significance, cell.Comparison.At95),
            ["comparison_998"] = Text(cell.Comparison.At998),
            ["comparison_998_text"] = Words(words.Significance, cell.Comparison.At998),
            ["versus_city_95"] = Text(cell.VersusCity.At95),
            ["versus_city_95_text"] = Words(words.Significance, cell.VersusCity.At95),
            ["versus_parent_95"] = Text(cell.VersusParent.At95),
            ["versus_parent_95_text"] = Words(words.Significance, cell.VersusParent.At95),
            ["quintile"] = cell.Quintile,
            ["rank"] = cell.Rank,
            ["peer_count"] = cell.PeerCount,
            ["trend"] = Text(cell.Trend.Judgement),
            ["trend_text"] = Words(words.Trend, cell.Trend.Judgement),
            ["polarity"] = Text(cell.Polarity),
            ["polarity_text"] = Words(words.Polarity, cell.Polarity),
            ["status"] = Text(cell.Status),
            ["status_text"] = Words(words.Status, ShownStatus.Of(cell.Status, cell.Disclosure)),
            ["disclosure_state"] = Text(cell.Disclosure.State),
            ["disclosure_marker"] = Text(cell.Disclosure.Marker),
            ["disclosure_note"] = Text(cell.Disclosure.Note?.In(language)),
            ["synthetic"] = cell.Synthetic ? "yes" : "no",
            ["batch_id"] = cell.BatchId,
            ["derivation"] = Text(cell.Derivation),
        }))];
        Dictionary<string, object> sheets = new(StringComparer.Ordinal)
        {
            ["Cover"] = Pairs(cover),
            ["Data"] = rows,
        };
        AddMetadata(sheets, metadata, language);
        return Save(sheets);
    }

    private static Dictionary<string, object?> DataRow(AreaCellView cell, IndicatorDataView data, ProfileTexts words) => new()
    {
        ["area"] = Text(cell.Area.Code),
        ["area_name_fi"] = Text(cell.Area.Names.Fi),
        ["area_name_sv"] = Text(cell.Area.Names.Sv),
        ["area_name_en"] = Text(cell.Area.Names.En),
        ["area_type"] = Text(cell.Area.Type),
        ["period"] = Text(data.Period),
        ["breakdown"] = Text(data.Breakdown),
        ["value"] = Number(cell.Value),
        ["ci95_lower"] = Number(cell.Ci95?.Lower),
        ["ci95_upper"] = Number(cell.Ci95?.Upper),
        ["ci998_lower"] = Number(cell.Ci998?.Lower),
        ["ci998_upper"] = Number(cell.Ci998?.Upper),
        ["numerator"] = Number(cell.Numerator),
        ["denominator"] = Number(cell.Denominator),
        ["city_value"] = Number(cell.VersusCity.BenchmarkValue),
        ["versus_city_95"] = Text(cell.VersusCity.At95),
        ["versus_city_95_text"] = Words(words.Significance, cell.VersusCity.At95),
        ["versus_city_998"] = Text(cell.VersusCity.At998),
        ["versus_city_998_text"] = Words(words.Significance, cell.VersusCity.At998),
        ["parent_value"] = Number(cell.VersusParent.BenchmarkValue),
        ["versus_parent_95"] = Text(cell.VersusParent.At95),
        ["versus_parent_95_text"] = Words(words.Significance, cell.VersusParent.At95),
        ["quintile"] = cell.Quintile,
        ["rank"] = cell.Rank,
        ["peer_count"] = cell.PeerCount,
        ["trend"] = Text(cell.Trend.Judgement),
        ["trend_text"] = Words(words.Trend, cell.Trend.Judgement),
        ["status"] = Text(cell.Status),
        ["status_text"] = Words(words.Status, ShownStatus.Of(cell.Status, cell.Disclosure)),
        ["disclosure_state"] = Text(cell.Disclosure.State),
        ["disclosure_marker"] = Text(cell.Disclosure.Marker),
        ["disclosure_reason"] = Text(cell.Disclosure.Reason),
        ["synthetic"] = data.Indicator.Synthetic ? "yes" : "no",
        ["batch_id"] = cell.BatchId,
        ["derivation"] = Text(cell.Derivation),
    };

    private static IEnumerable<(string, string)> Markers(Language language) =>
        JsonStatExport.StatusMeanings.Select(s => ($"disclosure_marker {s.Code}", s.Meaning.In(language)));

    private static void AddMetadata(Dictionary<string, object> sheets, IReadOnlyList<IndicatorMetadata> metadata, Language language)
    {
        for (int i = 0; i < metadata.Count; i++)
        {
            IndicatorView indicator = metadata[i].Indicator;
            // Sheet names are at most 31 characters and unique: a number keeps two long ids with the same start apart.
            string name = $"Meta {i + 1} {indicator.Id}";
            sheets[name.Length <= 31 ? name : name[..31]] = Pairs(
            [
                ("id", indicator.Id),
                ("name", indicator.Name.In(language)),
                ("definition", indicator.Definition.In(language)),
                ("rationale", indicator.Rationale.In(language)),
                ("source", indicator.Source.In(language)),
                ("unit", indicator.Unit.In(language)),
                ("measure", indicator.Measure),
                ("multiplier", indicator.Multiplier.ToString(CultureInfo.InvariantCulture)),
                ("frequency", indicator.Frequency),
                ("delivered_by", indicator.DeliveredBy),
                ("caveats", indicator.Caveats.In(language)),
                ("themes", string.Join(", ", indicator.Themes)),
                ("target_groups", string.Join(", ", indicator.TargetGroups)),
                ("agenda_2030", string.Join(", ", indicator.Agenda2030Targets)),
                ("licence", indicator.Licence),
                ("synthetic", indicator.Synthetic ? "yes" : "no"),
                ("estimate", indicator.Estimate ? "yes" : "no"),
                .. metadata[i].Vintages.Select(v => ("import_batch", v)),
            ]);
        }
    }

    private static List<Dictionary<string, object?>> Pairs(IEnumerable<(string Field, string Value)> pairs) =>
        [.. pairs.Select(p => new Dictionary<string, object?> { ["field"] = Text(p.Field), ["value"] = Text(p.Value) })];

    /// <summary>A code's words in the file's language; the code itself where the pages have no words for it.</summary>
    private static string? Words(IReadOnlyDictionary<string, string> words, string code) => Text(words.GetValueOrDefault(code, code));

    private static string? Text(string? text) => text is null ? null : FormulaNeutraliser.Neutralise(text);

    private static double? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static byte[] Save(Dictionary<string, object> sheets)
    {
        using MemoryStream stream = new();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}

/// <summary>An indicator's metadata for an export's metadata sheet, with the import batches its numbers come from.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Vintages">The import batches of the exported cells, one line each (<c>batch 12: file, imported 2026-01-02</c>).</param>
internal sealed record IndicatorMetadata(IndicatorView Indicator, IReadOnlyList<string> Vintages);
