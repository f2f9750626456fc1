using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// A breakdown's canonical key (<c>sex=female;age=18-24</c>, <c>topic=anxiety</c>) as readers say it, in the page's
/// language: "naiset, 18–24-vuotiaat", "kvinnor, 18–24 år", "women, aged 18–24". A free dimension's category is the
/// source's own word and is shown as delivered.
/// </summary>
public static class BreakdownLabels
{
    /// <summary>The label of <paramref name="key"/>; a key that does not parse is shown as it is.</summary>
    public static string Of(string key, Language language)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Breakdown.TryParseKey(key, out Breakdown breakdown, out _))
        {
            return key;
        }

        if (breakdown.IsTotal)
        {
            return language switch { Language.Swedish => "alla", Language.English => "all", _ => "kaikki" };
        }

        List<string> parts = [];
        if (breakdown.Sex != Sex.Total)
        {
            bool female = breakdown.Sex == Sex.Female;
            parts.Add(language switch
            {
                Language.Swedish => female ? "kvinnor" : "män",
                Language.English => female ? "women" : "men",
                _ => female ? "naiset" : "miehet",
            });
        }

        if (!breakdown.Age.IsAll)
        {
            parts.Add(Age(breakdown.Age, language));
        }

        if (breakdown.Dimension is not null)
        {
            parts.Add(breakdown.Category ?? string.Empty);
        }

        return string.Join(", ", parts);
    }

    /// <summary><paramref name="name"/> with the group of <paramref name="key"/> in brackets, unless it is the total.</summary>
    public static string Named(string name, string key, Language language) =>
        key == Breakdown.Total.Key ? name : $"{name} ({Of(key, language)})";

    private static string Age(AgeBand age, Language language)
    {
        string from = age.From.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (age.To is not { } to)
        {
            return language switch
            {
                Language.Swedish => $"{from} år och äldre",
                Language.English => $"aged {from} and over",
                _ => $"{from} vuotta täyttäneet",
            };
        }

        string range = $"{from}–{to.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return language switch
        {
            Language.Swedish => $"{range} år",
            Language.English => $"aged {range}",
            _ => $"{range}-vuotiaat",
        };
    }
}
