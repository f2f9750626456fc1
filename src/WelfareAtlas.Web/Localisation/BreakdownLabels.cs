using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// A breakdown's canonical key (<c>sex=female;age=18-24</c>, <c>topic=anxiety</c>) as readers say it, in the page's
/// language: "naiset, 18–24-vuotiaat", "kvinnor, 18–24 år", "women, aged 18–24". A free dimension's category is
/// named by the indicator's catalogue entry (<see cref="Indicator.CategoryNames"/>: "ahdistus", "ångest", "anxiety");
/// a category the catalogue has no words for is shown as delivered, the source's own word.
/// </summary>
public static class BreakdownLabels
{
    /// <summary>The label of <paramref name="key"/>; a key that does not parse is shown as it is.</summary>
    /// <param name="key">The canonical breakdown key.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="categories">The indicator's words for its free dimensions' categories; none shows every category as delivered.</param>
    public static string Of(string key, Language language, IReadOnlyList<CategoryName>? categories = null)
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
            CategoryName? named = categories?.FirstOrDefault(c =>
                string.Equals(c.Dimension, breakdown.Dimension, StringComparison.Ordinal) && string.Equals(c.Category, breakdown.Category, StringComparison.Ordinal));
            parts.Add(named?.Name.In(language) ?? breakdown.Category ?? string.Empty);
        }

        return string.Join(", ", parts);
    }

    /// <summary><paramref name="name"/> with the group of <paramref name="key"/> in brackets, unless it is the total.</summary>
    /// <param name="name">The indicator's name in <paramref name="language"/>.</param>
    /// <param name="key">The canonical breakdown key.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="categories">The indicator's words for its free dimensions' categories, as for <see cref="Of"/>.</param>
    public static string Named(string name, string key, Language language, IReadOnlyList<CategoryName>? categories = null) =>
        key == Breakdown.Total.Key ? name : $"{name} ({Of(key, language, categories)})";

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
