using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Profiles;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>
/// The choices that narrow the indicator catalogue, shared by its page (<c>/{lang}/indicators</c>) and the API
/// (<c>GET /api/v1/indicators</c>): text in the id, or in the name or definition in any language (ignoring case); a
/// theme; a target group; an area level the indicator has data at (as the reader's audience sees it); a profile.
/// </summary>
/// <param name="Text">Text to look for; <see langword="null"/> for none.</param>
/// <param name="Theme">The theme; <see langword="null"/> for any.</param>
/// <param name="Group">The target group; <see langword="null"/> for any.</param>
/// <param name="Level">The area level; <see langword="null"/> for any.</param>
/// <param name="Profile">The profile; <see langword="null"/> for any.</param>
public sealed record IndicatorFilter(string? Text, Theme? Theme, TargetGroup? Group, AreaType? Level, Profile? Profile)
{
    /// <summary>The choices' names as the catalogue page's address writes them, and which of them <see cref="Parse"/> reports.</summary>
    public const string ThemeChoice = "theme", GroupChoice = "group", LevelChoice = "type", ProfileChoice = "profile";

    /// <summary>Whether any choice narrows the list.</summary>
    public bool Narrows => Text is not null || Theme is not null || Group is not null || Level is not null || Profile is not null;

    /// <summary>A theme's or target group's slug in addresses and the API (<c>PhysicalActivity</c> → <c>physical-activity</c>).</summary>
    public static string Slug<T>(T value)
        where T : struct, Enum => IndicatorView.Kebab(value.ToString());

    /// <summary>
    /// Reads the choices as given in an address. A choice that names nothing is left out of the filter and reported in
    /// <paramref name="unknown"/> by its name (<see cref="ThemeChoice"/> …) with the value given, so that the caller
    /// says so rather than showing more or less than was asked without a word.
    /// </summary>
    public static IndicatorFilter Parse(
        string? text, string? theme, string? group, string? level, string? profile, AtlasCatalogue catalogue, out IReadOnlyList<(string Choice, string Value)> unknown)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        List<(string, string)> problems = [];
        AreaType? parsedLevel = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (AreaTypes.TryParse(level, out AreaType type))
            {
                parsedLevel = type;
            }
            else
            {
                problems.Add((LevelChoice, level.Trim()));
            }
        }

        Profile? parsedProfile = null;
        if (!string.IsNullOrWhiteSpace(profile))
        {
            parsedProfile = catalogue.FindProfile(profile.Trim());
            if (parsedProfile is null)
            {
                problems.Add((ProfileChoice, profile.Trim()));
            }
        }

        IndicatorFilter filter = new(
            string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ParseEnum<Theme>(theme, ThemeChoice, problems),
            ParseEnum<TargetGroup>(group, GroupChoice, problems),
            parsedLevel,
            parsedProfile);
        unknown = problems;
        return filter;
    }

    /// <summary>
    /// The catalogue's indicators that match, by name in <paramref name="language"/>, each with the area levels (from
    /// the city down) and periods it has data for as <paramref name="audience"/> sees them.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorListing>> ApplyAsync(
        AtlasCatalogue catalogue, IndicatorDataService service, Audience audience, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(service);
        StringComparer names = StringComparer.Create(CultureInfo.GetCultureInfo(language == Language.Swedish ? "sv-FI" : "fi-FI"), ignoreCase: true);
        HashSet<IndicatorId>? inProfile = Profile is null ? null : [.. Profile.Indicators.Select(i => i.Indicator)];
        List<Indicator> candidates = [.. catalogue.IndicatorList
            .Where(indicator => (Theme is not { } theme || indicator.Themes.Contains(theme))
                && (Group is not { } group || indicator.TargetGroups.Contains(group))
                && (inProfile is null || inProfile.Contains(indicator.Id))
                && (Text is null || Contains(indicator, Text)))
            .OrderBy(indicator => indicator.Name.In(language), names)];
        IReadOnlyDictionary<IndicatorId, AvailabilityView> availabilities = await service.AvailabilitiesAsync(candidates.Select(i => i.Id), audience, cancellationToken);
        List<IndicatorListing> listed = [];
        foreach (Indicator indicator in candidates)
        {
            AvailabilityView? availability = availabilities.GetValueOrDefault(indicator.Id);
            AreaType[] levels = [.. Levels.Where(level => availability?.AreaTypes.Any(a => a.AreaType == level.ToSlug()) == true)];
            if (Level is { } wanted && !levels.Contains(wanted))
            {
                continue;
            }

            List<Periods.Period> periods = [.. (availability?.AreaTypes ?? []).SelectMany(a => a.Periods).Distinct(StringComparer.Ordinal).Select(Periods.Period.Parse).Order()];
            listed.Add(new IndicatorListing(
                indicator,
                levels,
                periods.Count == 0 ? null : periods[0],
                periods.Count == 0 ? null : periods[^1],
                [.. catalogue.Profiles.Where(p => p.Indicators.Any(i => i.Indicator == indicator.Id))]));
        }

        return listed;
    }

    /// <summary>The area levels an indicator can have data at, from the city down.</summary>
    public static IReadOnlyList<AreaType> Levels { get; } = [AreaType.City, AreaType.MajorDistrict, AreaType.District, AreaType.SubDistrict, AreaType.PostalArea];

    private static bool Contains(Indicator indicator, string text)
    {
        CompareInfo compare = CultureInfo.InvariantCulture.CompareInfo;
        return indicator.Id.Value.Contains(text, StringComparison.OrdinalIgnoreCase)
            || LanguageCodes.All.Any(language =>
                compare.IndexOf(indicator.Name.In(language), text, CompareOptions.IgnoreCase) >= 0
                || compare.IndexOf(indicator.Definition.In(language), text, CompareOptions.IgnoreCase) >= 0);
    }

    private static T? ParseEnum<T>(string? slug, string choice, List<(string, string)> problems)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        foreach (T value in Enum.GetValues<T>())
        {
            if (string.Equals(Slug(value), slug.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        problems.Add((choice, slug.Trim()));
        return null;
    }
}
