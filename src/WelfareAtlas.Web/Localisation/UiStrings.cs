using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// Every text of the user interface in one language. Each property is <c>required</c>, so a language that
/// lacks a text does not compile.
/// </summary>
internal sealed partial record UiStrings
{
    public required Language Language { get; init; }

    /// <summary>The texts of the profile, indicator and overview pages.</summary>
    public required ProfileTexts Profiles { get; init; }

    /// <summary>The texts of signing in and out.</summary>
    public required AccessTexts Access { get; init; }

    /// <summary>The texts of the printable report and the download links.</summary>
    public required ReportTexts Reports { get; init; }

    /// <summary>The names of themes, target groups, measures and frequencies, and the wording of an indicator's metadata.</summary>
    public required MetadataTexts Metadata { get; init; }

    public required string ProductName { get; init; }

    public required string Tagline { get; init; }

    public required string SkipToContent { get; init; }

    public required string LanguageMenu { get; init; }

    public required string LanguageName { get; init; }

    public required string HomeTitle { get; init; }

    public required string HomeIntro { get; init; }

    public required string AreaTypeChoice { get; init; }

    public required string MapLabel { get; init; }

    public required string MapHint { get; init; }

    public required string TableCaption { get; init; }

    public required string Name { get; init; }

    public required string NameFinnish { get; init; }

    public required string NameSwedish { get; init; }

    public required string NameEnglish { get; init; }

    public required string Code { get; init; }

    public required string AreaTypeLabel { get; init; }

    public required string PartOf { get; init; }

    public required string Contains { get; init; }

    public required string OverlapsWith { get; init; }

    public required string OverlapShare { get; init; }

    public required string OverlapNote { get; init; }

    public required string Boundary { get; init; }

    public required string BoundaryNone { get; init; }

    public required string BackToMap { get; init; }

    public required string NotFoundTitle { get; init; }

    /// <summary>{0} the code asked for: the text of an area's page when no area has it.</summary>
    public required string NotFoundText { get; init; }

    public required string PageNotFoundTitle { get; init; }

    /// <summary>{0} the address asked for.</summary>
    public required string PageNotFoundText { get; init; }

    /// <summary>The heading of the page a failed page answers with (500).</summary>
    public required string ErrorTitle { get; init; }

    /// <summary>What the error page says: the failure is the atlas's, what to do, and {0}, the request's code in the server's log.</summary>
    public required string ErrorText { get; init; }

    public required string IndicatorNotFoundTitle { get; init; }

    /// <summary>{0} the id asked for.</summary>
    public required string IndicatorNotFoundText { get; init; }

    public required string ProfileNotFoundTitle { get; init; }

    /// <summary>{0} the id asked for.</summary>
    public required string ProfileNotFoundText { get; init; }

    public required string SourcesTitle { get; init; }

    public required string SourcesText { get; init; }

    public required string ApiLink { get; init; }

    public required string AreasCount { get; init; }

    public required string Loading { get; init; }

    public required string MapUnavailable { get; init; }

    /// <summary>Plural names of the area types, as used for the type switch and table captions.</summary>
    public required IReadOnlyDictionary<AreaType, string> TypePlural { get; init; }

    /// <summary>Singular names of the area types, lower case as they appear inside a sentence.</summary>
    public required IReadOnlyDictionary<AreaType, string> TypeSingular { get; init; }

    /// <summary>The strings for <paramref name="language"/>.</summary>
    public static UiStrings For(Language language) => language switch
    {
        Language.Finnish => Finnish,
        Language.Swedish => Swedish,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language of the product."),
    };
}
