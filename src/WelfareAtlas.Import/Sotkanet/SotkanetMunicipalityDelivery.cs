using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Import.Sotkanet;

/// <summary>
/// THL's Sotkanet municipality extract (1990–2012, 2013 division, wide: one column per indicator), shipped in this
/// assembly byte for byte as <c>data/sotkanet/sotkanet_kunta_1990_2012_wide.csv</c>, and the mapping spec that
/// imports the catalogue's <c>sotkanet-*</c> indicators from it. Real data, not synthetic.
/// </summary>
/// <remarks>
/// The spec reads only the municipalities given to <see cref="MappingSpec"/> (the store's, the 2023 division):
/// the rows of the 11 codes merged into other municipalities between 2013 and 2021 are skipped, not rejected, as
/// the 2023 division has no area for them; the municipalities that absorbed them keep their values of the 2013
/// extent. Only the years <see cref="FirstYear"/>–<see cref="LastYear"/> are read: the extract (pulled in September
/// 2013) has a 2012 row for every municipality but no 2012 value of these indicators, and a year of nothing but
/// missing cells would become every page's latest period. Empty cells of the years read are stored as missing.
/// </remarks>
public static class SotkanetMunicipalityDelivery
{
    /// <summary>The file's name, as in <c>data/sotkanet/</c>.</summary>
    public const string FileName = "sotkanet_kunta_1990_2012_wide.csv";

    /// <summary>The import source; a newer extract imported under it supersedes the rows it replaces.</summary>
    public const string Source = "sotkanet-municipalities";

    /// <summary>The first year of the extract.</summary>
    public const int FirstYear = 1990;

    /// <summary>The last year for which the extract has values of <see cref="Columns"/>.</summary>
    public const int LastYear = 2011;

    /// <summary>The catalogue's Sotkanet indicators and the file's column of each, with the valid range of its values.</summary>
    public static IReadOnlyList<(IndicatorId Indicator, string Column, double Max)> Columns { get; } =
    [
        (IndicatorId.Parse("sotkanet-social-assistance"), "[TILASTOLLINEN HYVINVOINTI] Toimeentulotukea saaneet henkilöt vuoden aikana, % asukkaista", 100),
        (IndicatorId.Parse("sotkanet-unemployment"), "[TYÖELÄMÄ] Työttömät, % työvoimasta", 100),
        (IndicatorId.Parse("sotkanet-depression-medication"), "[TILASTOLLINEN HYVINVOINTI] Depressiolääkkeistä korvausta saaneet 18-64-vuotiaat / 1000 vastaavanikäistä", 1000),
        (IndicatorId.Parse("sotkanet-psychiatric-care-0-17"), "[TILASTOLLINEN HYVINVOINTI] Mielenterveyden häirioihin sairaalahoitoa saaneet 0 - 17-vuotiaat / 1000 vastaavanikaista", 1000),
    ];

    /// <summary>Writes the file into <paramref name="directory"/>; returns its path.</summary>
    public static string WriteTo(string directory)
    {
        string path = Path.Combine(directory, FileName);
        using Stream source = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sotkanet/" + FileName)
            ?? throw new InvalidDataException($"The Sotkanet resource '{FileName}' is missing from the build.");
        using FileStream target = File.Create(path);
        source.CopyTo(target);
        return path;
    }

    /// <summary>The mapping spec (docs/import/mapping.md) as JSON (UTF-8): the <see cref="Columns"/> of the rows of <paramref name="municipalities"/> from <see cref="FirstYear"/> to <see cref="LastYear"/>.</summary>
    /// <param name="municipalities">The 3-digit codes to read; rows of other codes are skipped.</param>
    public static byte[] MappingSpec(IEnumerable<AreaCode> municipalities)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("source", Source);
            json.WriteString("format", "csv");
            json.WriteStartObject("where");
            json.WriteStartArray("kunta_code");
            foreach (string code in municipalities.Select(c => c.Value).Where(c => c.Length == 3).Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(code);
            }

            json.WriteEndArray();
            json.WriteStartArray("year");
            for (int year = FirstYear; year <= LastYear; year++)
            {
                json.WriteStringValue(year.ToString(CultureInfo.InvariantCulture));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("area");
            json.WriteString("column", "kunta_code");
            json.WriteString("kind", "municipality");
            json.WriteEndObject();
            json.WriteStartObject("period");
            json.WriteString("column", "year");
            json.WriteEndObject();
            json.WriteStartArray("values");
            foreach ((IndicatorId indicator, string column, double max) in Columns)
            {
                json.WriteStartObject();
                json.WriteString("indicator", indicator.Value);
                json.WriteString("value", column);
                json.WriteNumber("min", 0);
                json.WriteNumber("max", max);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
