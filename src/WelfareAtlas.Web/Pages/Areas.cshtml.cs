using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Web.AreaSearch;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>
/// The area search (<c>/{lang}/areas?q=</c>, the home page's form): every area whose code or name in any language
/// matches, best first (<see cref="AreaFinder"/>). A search for an area's exact code goes straight to its page.
/// </summary>
public sealed class AreasModel(AtlasCatalogue catalogue) : AtlasPageModel
{
    /// <summary>How many areas the page lists at most; a longer search narrows the rest.</summary>
    public const int MostListed = 100;

    /// <summary>What the reader typed.</summary>
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    /// <summary>The search as matched (trimmed, spaces collapsed); empty when there is none.</summary>
    public string Searched { get; private set; } = string.Empty;

    /// <summary>The areas listed, best first: at most <see cref="MostListed"/>.</summary>
    public IReadOnlyList<Area> Found { get; private set; } = [];

    /// <summary>How many areas match in all.</summary>
    public int Matching { get; private set; }

    internal AreaSearchTexts Texts => AreaSearchTexts.For(Language);

    /// <summary>The name of the area's parent, or empty for a child of the city and for a city.</summary>
    public string ParentName(Area area) => ParentNameOf(area, catalogue.Areas);

    /// <summary>A word as it starts a table cell: "district" → "District".</summary>
    public static string Capitalised(string word) =>
        string.IsNullOrEmpty(word) ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Lists the areas that match, or goes to the one whose code was typed.</summary>
    public IActionResult OnGet()
    {
        Searched = AreaFinder.Normalise(Query);
        Title = Searched.Length == 0 ? Texts.Title : string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts.ResultsTitle, Searched);
        IReadOnlyList<Area> found = AreaFinder.Find(catalogue.Areas.Values, Searched, Language);
        if (found.Count > 0 && string.Equals(found[0].Code.Value, Searched, StringComparison.OrdinalIgnoreCase))
        {
            return Redirect(AreaPath(found[0].Code));
        }

        Matching = found.Count;
        Found = [.. found.Take(MostListed)];
        return Page();
    }
}
