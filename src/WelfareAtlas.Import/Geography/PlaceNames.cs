using System.Globalization;
using System.Text;

namespace WelfareAtlas.Import.Geography;

/// <summary>Turns the upper-case names of the city's map service into the names people write.</summary>
internal static class PlaceNames
{
    /// <summary>
    /// English names of Helsinki's major districts, by their Finnish name as the map service writes it.
    /// The city's English publications use these compass-point names.
    /// </summary>
    private static readonly Dictionary<string, string> MajorDistrictEnglish = new(StringComparer.Ordinal)
    {
        ["ETELÄINEN"] = "Southern",
        ["LÄNTINEN"] = "Western",
        ["KESKINEN"] = "Central",
        ["POHJOINEN"] = "Northern",
        ["KOILLINEN"] = "North-Eastern",
        ["KAAKKOINEN"] = "South-Eastern",
        ["ITÄINEN"] = "Eastern",
        ["ÖSTERSUNDOM"] = "Östersundom",
    };

    /// <summary>"ITÄ-PAKILA" → "Itä-Pakila", "BORTRE TÖLÖ" → "Bortre Tölö": each word and each hyphenated part capitalised.</summary>
    public static string TitleCase(string name)
    {
        StringBuilder builder = new(name.Length);
        bool startOfWord = true;
        foreach (char c in name.Trim())
        {
            builder.Append(startOfWord ? char.ToUpper(c, CultureInfo.InvariantCulture) : char.ToLower(c, CultureInfo.InvariantCulture));
            startOfWord = c is ' ' or '-';
        }

        return builder.ToString();
    }

    /// <summary>The English name of a major district, or its title-cased Finnish name if it has none.</summary>
    public static string MajorDistrictInEnglish(string finnishUpperCase) =>
        MajorDistrictEnglish.TryGetValue(finnishUpperCase.Trim(), out string? english) ? english : TitleCase(finnishUpperCase);
}
