using System.Globalization;
using System.Text;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Exports;

/// <summary>
/// Writes indicator data as a PC-Axis (PX) file, AXIS-VERSION 2013, UTF-8 (<c>CODEPAGE="utf-8"</c>), in Finnish with
/// Swedish and English translations: STUB indicator, area, period, breakdown; HEADING measure (value, 95 % and 99.8 %
/// limits, numerator, denominator); CODES for every variable in every language, so the file reads back by code.
/// </summary>
/// <remarks>
/// Cells without a number use the PX dot codes: <c>"...."</c> (DATASYMBOL4) for a cell disclosure control
/// withholds, <c>".."</c> (DATASYMBOL2) for a cell the source gave no value for and <c>"."</c> (DATASYMBOL1) for a
/// measure that does not apply to the indicator (no limits for a given value). A cell with numbers that is
/// unreliable (or, for an analyst, suppressed from the public) keeps its numbers and gets a <c>DATANOTECELL</c> with
/// its marker (<c>u</c>, <c>c</c>) in each language, addressed by the values' texts (<c>"*"</c> for all measures),
/// explained in NOTE; <c>PxReader</c> reads it back as the cells' status. Numbers are invariant with up to 15 decimals (DECIMALS=15,
/// SHOWDECIMALS=1); a text never contains <c>"</c> (PX strings cannot escape it; it becomes <c>'</c>).
/// </remarks>
internal static class PxExport
{
    /// <summary>The media type of a PX file.</summary>
    public const string MediaType = "application/x-px";

    private static readonly Language[] Languages = [Language.Finnish, Language.Swedish, Language.English];
    private static readonly string[] Variables = ["indicator", "area", "period", "breakdown"];

    /// <summary>The PX file as UTF-8 bytes (no byte order mark).</summary>
    public static byte[] Write(IndicatorExport export)
    {
        IndicatorDataView data = export.Data;
        IReadOnlyList<AreaCellView> rows = export.Rows;
        StringBuilder px = new();
        Line(px, "AXIS-VERSION", "\"2013\"");
        Line(px, "CODEPAGE", "\"utf-8\"");
        Line(px, "LANGUAGE", "\"fi\"");
        Line(px, "LANGUAGES", "\"fi\",\"sv\",\"en\"");
        Line(px, "CREATION-DATE", Quote(export.Created.UtcDateTime.ToString("yyyyMMdd HH:mm", CultureInfo.InvariantCulture)));
        Line(px, "DECIMALS", "15");
        Line(px, "SHOWDECIMALS", "1");
        Line(px, "MATRIX", Quote("WA-" + data.Indicator.Id));
        PerLanguage(px, "SUBJECT-AREA", null, l => l switch { Language.Swedish => "Välfärd", Language.English => "Welfare", _ => "Hyvinvointi" });
        Line(px, "SUBJECT-CODE", "\"WA\"");
        PerLanguage(px, "TITLE", null, l => $"{data.Indicator.Name.In(l)} {data.Period} ({data.AreaType}, {data.Breakdown})");
        PerLanguage(px, "CONTENTS", null, l => data.Indicator.Name.In(l));
        PerLanguage(px, "UNITS", null, l => data.Indicator.Unit.In(l));
        PerLanguage(px, "STUB", null, l => string.Join("\",\"", Variables.Select(v => Clean(JsonStatExport.DimensionLabel(v, l)))), raw: true);
        PerLanguage(px, "HEADING", null, l => JsonStatExport.DimensionLabel("measure", l));

        IReadOnlyList<(string Variable, IReadOnlyList<(string Code, TextView Label)> Values)> stub =
        [
            ("indicator", [(data.Indicator.Id, data.Indicator.Name)]),
            ("area", [.. rows.Select(r => (r.Area.Code, r.Area.Names))]),
            ("period", [(data.Period, new TextView(data.Period, data.Period, data.Period))]),
            ("breakdown", [(data.Breakdown, new TextView(data.Breakdown, data.Breakdown, data.Breakdown))]),
            ("measure", [.. ExportMeasure.All.Select(m => (m.Code, m.Label))]),
        ];
        foreach ((string variable, IReadOnlyList<(string Code, TextView Label)> values) in stub)
        {
            foreach (Language language in Languages)
            {
                string key = language == Language.Finnish ? "VALUES" : $"VALUES[{language.ToCode()}]";
                List(px, $"{key}({Quote(JsonStatExport.DimensionLabel(variable, language))})", values.Select(v => v.Label.In(language)));
            }
        }

        foreach ((string variable, IReadOnlyList<(string Code, TextView Label)> values) in stub)
        {
            // The codes are the same in every language; each language names the variable in its own words.
            foreach (Language language in Languages)
            {
                string key = language == Language.Finnish ? "CODES" : $"CODES[{language.ToCode()}]";
                List(px, $"{key}({Quote(JsonStatExport.DimensionLabel(variable, language))})", values.Select(v => v.Code));
            }
        }

        if (data.Period.Length == 4 && data.Period.All(char.IsAsciiDigit))
        {
            Line(px, $"TIMEVAL({Quote(JsonStatExport.DimensionLabel("period", Language.Finnish))})", $"TLIST(A1),{Quote(data.Period)}");
        }

        Line(px, "LAST-UPDATED", Quote(export.Created.UtcDateTime.ToString("yyyyMMdd HH:mm", CultureInfo.InvariantCulture)));
        PerLanguage(px, "SOURCE", null, l => data.Indicator.Source.In(l));
        PerLanguage(px, "NOTE", null, l => Note(data, export.Audience, l));
        PerLanguage(px, "DATASYMBOL1", null, l => l switch { Language.Swedish => "ej tillämpligt", Language.English => "not applicable", _ => "ei sovellu" });
        PerLanguage(px, "DATASYMBOL2", null, l => JsonStatExport.StatusMeanings[2].Meaning.In(l));
        PerLanguage(px, "DATASYMBOL4", null, l => JsonStatExport.StatusMeanings[0].Meaning.In(l));

        // A cell's marker addresses the cell by its values (the VALUES texts, STUB then HEADING order) in each
        // language, as the PX specification says; "*" is every measure of the area's row.
        foreach (AreaCellView row in rows.Where(r => r.Value is not null && r.Disclosure.Marker.Length > 0))
        {
            foreach (Language language in Languages)
            {
                string key = language == Language.Finnish ? "DATANOTECELL" : $"DATANOTECELL[{language.ToCode()}]";
                string values = string.Join(",", new[] { data.Indicator.Name.In(language), row.Area.Names.In(language), data.Period, data.Breakdown }.Select(Quote)) + ",\"*\"";
                Line(px, $"{key}({values})", Quote(row.Disclosure.Marker));
            }
        }

        px.Append("DATA=\r\n");
        foreach (AreaCellView row in rows)
        {
            px.Append(string.Join(' ', ExportMeasure.All.Select(m => Datum(row, m))));
            px.Append("\r\n");
        }

        px.Append(";\r\n");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(px.ToString());
    }

    /// <summary>The dot code a cell's missing number is written as.</summary>
    internal static string DotCode(AreaCellView row) => row.Disclosure.Marker switch
    {
        "c" => "....",
        ":" => "..",
        _ => row.Value is null ? ".." : ".",
    };

    private static string Datum(AreaCellView row, ExportMeasure measure) =>
        measure.Of(row) is { } number && double.IsFinite(number)
            ? number.ToString("0.###############", CultureInfo.InvariantCulture)
            : Quote(DotCode(row));

    private static string Note(IndicatorDataView data, string audience, Language language)
    {
        string markers = string.Join("; ", JsonStatExport.StatusMeanings.Take(2).Select(s => $"{s.Code} = {s.Meaning.In(language)}"));
        string synthetic = data.Indicator.Synthetic
            ? language switch
            {
                Language.Finnish => " Synteettinen esittelyaineisto: ei tietoa kaupungista.",
                Language.Swedish => " Syntetiska demonstrationsdata: inga fakta om staden.",
                _ => " Synthetic demonstration data: not facts about the city.",
            }
            : string.Empty;
        return language switch
        {
            Language.Finnish => $"Solumerkinnät (DATANOTECELL): {markers}. Yleisö: {audience}. Lisenssi: {data.Indicator.Licence}.{synthetic}",
            Language.Swedish => $"Cellmarkeringar (DATANOTECELL): {markers}. Publik: {audience}. Licens: {data.Indicator.Licence}.{synthetic}",
            _ => $"Cell markers (DATANOTECELL): {markers}. Audience: {audience}. Licence: {data.Indicator.Licence}.{synthetic}",
        };
    }

    private static void PerLanguage(StringBuilder px, string keyword, string? subkey, Func<Language, string> text, bool raw = false)
    {
        foreach (Language language in Languages)
        {
            string key = language == Language.Finnish ? keyword : $"{keyword}[{language.ToCode()}]";
            // PX lines are at most 256 characters: a long text is split into quoted pieces the reader joins again.
            string cleaned = raw ? text(language) : Clean(text(language));
            string value = raw || cleaned.Length == 0 ? $"\"{cleaned}\"" : string.Join("\r\n", cleaned.Chunk(200).Select(piece => $"\"{new string(piece)}\""));
            Line(px, subkey is null ? key : $"{key}({Quote(subkey)})", value);
        }
    }

    private static void List(StringBuilder px, string key, IEnumerable<string> values) =>
        px.Append(key).Append('=').Append(string.Join(",\r\n", values.Select(Quote))).Append(";\r\n");

    private static void Line(StringBuilder px, string key, string value) => px.Append(key).Append('=').Append(value).Append(";\r\n");

    private static string Quote(string text) => "\"" + Clean(text) + "\"";

    private static string Clean(string text) => text.Replace('"', '\'').Replace('\r', ' ').Replace('\n', ' ');
}
