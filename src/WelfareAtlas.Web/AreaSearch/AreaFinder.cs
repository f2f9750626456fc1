using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.AreaSearch;

/// <summary>
/// Finds areas by what a reader types: a code (a postal code, a district's code) or a name in any of the three
/// languages, ignoring case and accents, so that "toolo" finds Töölö and the Swedish "Berghäll" finds Kallio.
/// </summary>
/// <remarks>
/// The best matches come first: the exact code, then a whole name, then a code or a name that starts with the text,
/// then a word of a name that does ("keskusta" in "Helsinki keskusta - Etu-Töölö"), then a name that contains it;
/// among equals the larger area (city, major district … postal area), then the name in the reader's language.
/// </remarks>
public static class AreaFinder
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>The areas that match <paramref name="text"/>, best first; none for a text that is empty or blank.</summary>
    /// <param name="areas">Every area.</param>
    /// <param name="text">What the reader typed.</param>
    /// <param name="language">The reader's language, whose names order areas that match equally well.</param>
    public static IReadOnlyList<Area> Find(IEnumerable<Area> areas, string? text, Language language)
    {
        ArgumentNullException.ThrowIfNull(areas);
        string query = Normalise(text);
        if (query.Length == 0)
        {
            return [];
        }

        StringComparer names = StringComparer.Create(CultureInfo.GetCultureInfo(language == Language.Swedish ? "sv-FI" : "fi-FI"), ignoreCase: true);
        return [.. areas
            .Select(area => (Area: area, Rank: Rank(area, query)))
            .Where(match => match.Rank < int.MaxValue)
            .OrderBy(match => match.Rank)
            .ThenBy(match => match.Area.Type)
            .ThenBy(match => match.Area.Names.In(language), names)
            .ThenBy(match => match.Area.Code.Value, StringComparer.Ordinal)
            .Select(match => match.Area)];
    }

    /// <summary>The text as searched for: trimmed, runs of white space as one space.</summary>
    public static string Normalise(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>How well <paramref name="area"/> matches (lower is better); <see cref="int.MaxValue"/> when it does not.</summary>
    private static int Rank(Area area, string query)
    {
        string code = area.Code.Value;
        if (string.Equals(code, query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        int best = code.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 2 : int.MaxValue;
        foreach (Language language in LanguageCodes.All)
        {
            string name = area.Names.In(language);
            int position = Compare.IndexOf(name, query, Loose);
            if (position < 0)
            {
                continue;
            }

            int rank = Compare.Compare(name, query, Loose) == 0 ? 1
                : position == 0 ? 2
                : !char.IsLetterOrDigit(name[position - 1]) ? 3
                : 4;
            best = Math.Min(best, rank);
        }

        return best;
    }
}
