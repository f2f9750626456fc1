using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Profiles;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Storage.Profiles;

namespace WelfareAtlas.Web.Profiles;

/// <summary>
/// The areas, indicators and profiles of the store, read once: they are seeded with the store and change only with
/// a new version of the product, so pages and the API do not read them again on every request.
/// </summary>
public sealed class AtlasCatalogue
{
    private AtlasCatalogue(IReadOnlyList<Area> areas, IReadOnlyList<Indicator> indicators, IReadOnlyList<Profile> profiles)
    {
        Areas = areas.ToDictionary(a => a.Code);
        Children = areas.Where(a => a.Parent is not null).GroupBy(a => a.Parent!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<Area>)[.. g]);
        Indicators = indicators.ToDictionary(i => i.Id);
        IndicatorList = [.. indicators.OrderBy(i => i.Id.Value, StringComparer.Ordinal)];
        Profiles = profiles;
        // Every municipality is of type city; the city of the atlas is the one divided into areas (Helsinki).
        City = areas.Where(a => a.Type == AreaType.City).OrderByDescending(a => Children.ContainsKey(a.Code)).FirstOrDefault();
        sharedNames = LanguageCodes.All.ToDictionary(language => language, language => areas
            .GroupBy(a => a.Names.In(language), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>By language: the names more than one area has in it.</summary>
    private readonly Dictionary<Language, HashSet<string>> sharedNames;

    /// <summary>Every area by code.</summary>
    public IReadOnlyDictionary<AreaCode, Area> Areas { get; }

    /// <summary>The areas directly within each area.</summary>
    public IReadOnlyDictionary<AreaCode, IReadOnlyList<Area>> Children { get; }

    /// <summary>Every indicator by id.</summary>
    public IReadOnlyDictionary<IndicatorId, Indicator> Indicators { get; }

    /// <summary>Every indicator, by id.</summary>
    public IReadOnlyList<Indicator> IndicatorList { get; }

    /// <summary>The profiles in display order.</summary>
    public IReadOnlyList<Profile> Profiles { get; }

    /// <summary>
    /// The city, the root of the hierarchy: of the municipalities, the one with areas within it (else the first by
    /// code); <see langword="null"/> in a store without one. The other municipalities are its peers.
    /// </summary>
    public Area? City { get; }

    /// <summary>Reads the catalogue from <paramref name="store"/>.</summary>
    public static async Task<AtlasCatalogue> LoadAsync(AtlasStore store, CancellationToken cancellationToken = default) => new(
        await new AreaRepository(store.DataSource).ListAsync(null, null, cancellationToken),
        await new IndicatorRepository(store.DataSource).ListAsync(cancellationToken),
        await new ProfileRepository(store.DataSource).ListAsync(cancellationToken));

    /// <summary>The words for the free-dimension categories of the indicator with <paramref name="id"/>; none for an unknown indicator.</summary>
    public IReadOnlyList<CategoryName> CategoryNamesOf(string id) =>
        IndicatorId.TryParse(id, out IndicatorId parsed, out _) && Indicators.TryGetValue(parsed, out Indicator? indicator) ? indicator.CategoryNames : [];

    /// <summary>What the denominator of the indicator <paramref name="id"/> counts when the catalogue names it (<see cref="Indicator.DenominatorName"/>); <see langword="null"/> for the population or an unknown id.</summary>
    public LocalisedText? DenominatorNameOf(string id) =>
        IndicatorId.TryParse(id, out IndicatorId parsed, out _) && Indicators.TryGetValue(parsed, out Indicator? indicator) ? indicator.DenominatorName : null;

    /// <summary>
    /// The area's name in <paramref name="language"/>, with its type in brackets when another area has the same name (a
    /// postal area and the sub-district or district it covers, such as Jakomäki): where areas of several types are listed
    /// together, two rows would otherwise read alike.
    /// </summary>
    public string DistinctNameOf(Area area, Language language)
    {
        ArgumentNullException.ThrowIfNull(area);
        string name = area.Names.In(language);
        return sharedNames[language].Contains(name)
            ? $"{name} ({Localisation.UiStrings.For(language).TypeSingular[area.Type]})"
            : name;
    }

    /// <summary>The profile with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Profile? FindProfile(string id) => Profiles.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    /// <summary>The areas directly within <paramref name="code"/>, by code.</summary>
    public IReadOnlyList<Area> ChildrenOf(AreaCode code) => Children.GetValueOrDefault(code) ?? [];

    /// <summary>The areas of <paramref name="type"/>, by code.</summary>
    public IReadOnlyList<Area> OfType(AreaType type) => [.. Areas.Values.Where(a => a.Type == type).OrderBy(a => a.Code.Value, StringComparer.Ordinal)];
}
