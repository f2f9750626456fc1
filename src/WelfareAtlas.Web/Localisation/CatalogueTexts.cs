namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// The texts of the indicator catalogue page (<c>/{lang}/indicators</c>) in one language. Each property is
/// <c>required</c>, so a language that lacks a text does not compile. Texts with <c>{0}</c> are composite formats.
/// </summary>
internal sealed partial record CatalogueTexts
{
    public required string Intro { get; init; }

    public required string Search { get; init; }

    public required string Theme { get; init; }

    public required string AllThemes { get; init; }

    public required string TargetGroup { get; init; }

    public required string AllTargetGroups { get; init; }

    public required string AreaLevel { get; init; }

    public required string AllAreaLevels { get; init; }

    public required string Profile { get; init; }

    public required string AllProfiles { get; init; }

    /// <summary>The link that takes every choice away.</summary>
    public required string Clear { get; init; }

    /// <summary>{0} how many indicators are listed, {1} how many there are.</summary>
    public required string Count { get; init; }

    public required string NoMatch { get; init; }

    /// <summary>{0} the choice's label (<see cref="Theme"/> …), {1} the value in the address.</summary>
    public required string UnknownChoice { get; init; }

    public required string Caption { get; init; }

    public required string IndicatorColumn { get; init; }

    public required string ThemesColumn { get; init; }

    public required string TargetGroupsColumn { get; init; }

    public required string AreaLevelsColumn { get; init; }

    public required string PeriodsColumn { get; init; }


    public required string SourceColumn { get; init; }

    public required string ProfilesColumn { get; init; }

    /// <summary>An indicator without cells yet.</summary>
    public required string NoDataYet { get; init; }

    /// <summary>{0} how many indicators there are; the profile list's way to this page.</summary>
    public required string AllIndicators { get; init; }

    /// <summary>The texts in <paramref name="language"/>.</summary>
    public static CatalogueTexts For(WelfareAtlas.Localisation.Language language) => language switch
    {
        WelfareAtlas.Localisation.Language.Finnish => Finnish,
        WelfareAtlas.Localisation.Language.Swedish => Swedish,
        _ => English,
    };
}
