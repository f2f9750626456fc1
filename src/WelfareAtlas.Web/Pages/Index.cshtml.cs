using WelfareAtlas.Areas;
using WelfareAtlas.Storage.Areas;

namespace WelfareAtlas.Web.Pages;

/// <summary>The home page: a map of Helsinki at one area level, with the same areas in a table.</summary>
public sealed class IndexModel(AreaRepository repository) : AtlasPageModel
{
    /// <summary>The area level shown when the URL names none.</summary>
    public const AreaType DefaultType = AreaType.SubDistrict;

    /// <summary>The levels the map can show, in the order of the switch.</summary>
    public static IReadOnlyList<AreaType> MapTypes { get; } =
        [AreaType.MajorDistrict, AreaType.District, AreaType.SubDistrict, AreaType.PostalArea];

    /// <summary>The level shown.</summary>
    public AreaType Type { get; private set; } = DefaultType;

    /// <summary>The areas of <see cref="Type"/>, ordered by name in the page's language.</summary>
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    /// <summary>Every area by code, to name parents.</summary>
    public IReadOnlyDictionary<AreaCode, Area> AllAreas { get; private set; } = new Dictionary<AreaCode, Area>();

    /// <summary>Loads the level named by <c>?type=</c>; an unknown or missing level shows <see cref="DefaultType"/>.</summary>
    public async Task OnGetAsync(string? type, CancellationToken cancellationToken)
    {
        Type = AreaTypes.TryParse(type, out AreaType parsed) && MapTypes.Contains(parsed) ? parsed : DefaultType;
        IReadOnlyList<Area> all = await repository.ListAsync(null, null, cancellationToken);
        AllAreas = all.ToDictionary(a => a.Code);
        Areas = [.. all.Where(a => a.Type == Type).OrderBy(NameOf, Collation)];
        Title = Text.HomeTitle;
    }

    /// <summary>The name of the area's parent, or empty for a child of the city.</summary>
    public string ParentName(Area area) => ParentNameOf(area, AllAreas);
}
