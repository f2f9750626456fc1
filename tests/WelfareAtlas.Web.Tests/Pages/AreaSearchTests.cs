using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.AreaSearch;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>
/// Finding an area by what a reader types (<see cref="AreaFinder"/>, the home page's form and <c>/{lang}/areas?q=</c>):
/// by code or by name in any language, ignoring case and accents, best matches first.
/// </summary>
public sealed partial class AreaSearchTests(DemoLiveServer server)
{
    private static readonly Area City = new(AreaCode.Parse("091"), AreaType.City, new LocalisedText("Helsinki", "Helsingfors", "Helsinki"), null);
    private static readonly Area KallioDistrict = new(AreaCode.Parse("0913301000"), AreaType.District, new LocalisedText("Kallio", "Berghäll", "Kallio"), City.Code);
    private static readonly Area KallioPostal = new(AreaCode.Parse("00530"), AreaType.PostalArea, LocalisedText.Same("Kallio"), City.Code);
    private static readonly Area Myllykallio = new(AreaCode.Parse("0913101313"), AreaType.SubDistrict, LocalisedText.Same("Myllykallio"), KallioDistrict.Code);
    private static readonly Area Keskusta = new(AreaCode.Parse("00100"), AreaType.PostalArea, LocalisedText.Same("Helsinki keskusta - Etu-Töölö"), City.Code);
    private static readonly Area TakaToolo = new(AreaCode.Parse("0911104000"), AreaType.District, new LocalisedText("Taka-Töölö", "Bortre Tölö", "Taka-Töölö"), City.Code);
    private static readonly Area[] Areas = [Keskusta, Myllykallio, KallioPostal, TakaToolo, City, KallioDistrict];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Find_WholeNamesFirst_ThenWordsThenParts_LargerAreasFirstAmongEquals()
    {
        Assert.Equal([KallioDistrict, KallioPostal, Myllykallio], AreaFinder.Find(Areas, "kallio", Language.Finnish));
    }

    [Theory]
    [InlineData("toolo")] // accents ignored: a reader without Finnish letters on the keyboard
    [InlineData("TÖÖLÖ")]
    [InlineData("tölö")] // the Swedish name on a Finnish page
    public void Find_IgnoresCaseAndAccents_AndReadsEveryLanguage(string typed)
    {
        IReadOnlyList<Area> found = AreaFinder.Find(Areas, typed, Language.Finnish);
        Assert.Contains(TakaToolo, found);
        Assert.DoesNotContain(KallioDistrict, found);
    }

    [Fact]
    public void Find_ByCode_ExactFirst_ThenCodesThatStartWithIt()
    {
        Assert.Equal([Keskusta], AreaFinder.Find(Areas, "00100", Language.English));
        Assert.Equal([Keskusta, KallioPostal], AreaFinder.Find(Areas, "00", Language.English).Where(a => a.Type == AreaType.PostalArea));
        Assert.Equal(KallioDistrict, AreaFinder.Find(Areas, "0913", Language.English)[0]);
    }

    [Fact]
    public void Find_AWordInsideAName_BeforeAPartOfAWord()
    {
        Area keskuspuisto = new(AreaCode.Parse("0915000000"), AreaType.MajorDistrict, LocalisedText.Same("Keskuspuisto"), City.Code);
        Area lansikeskus = new(AreaCode.Parse("0916000000"), AreaType.MajorDistrict, LocalisedText.Same("Länsikeskus"), City.Code);
        Assert.Equal([keskuspuisto, Keskusta, lansikeskus], AreaFinder.Find([lansikeskus, Keskusta, keskuspuisto], "kesk", Language.Finnish));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Find_NothingTyped_FindsNothing(string? typed) =>
        Assert.Empty(AreaFinder.Find(Areas, typed, Language.Finnish));

    [Theory]
    [InlineData("fi", "kallio")]
    [InlineData("sv", "Berghäll")]
    [InlineData("en", "toolo")]
    [InlineData("fi", "espoo")] // another municipality, reached only by its page or the search
    [InlineData("en", "  keskusta ")]
    public async Task SearchPage_ListsEveryAreaWhoseNameMatches_LinkedToItsPage(string lang, string typed)
    {
        using HttpClient client = server.CreateClient();
        JsonElement[] areas = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/areas", Cancel))!;
        string wanted = typed.Trim();
        CompareInfo compare = CultureInfo.InvariantCulture.CompareInfo;
        string[] expected = [.. areas
            .Where(a => a.GetProperty("names").EnumerateObject().Any(n => compare.IndexOf(n.Value.GetString()!, wanted, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0))
            .Select(a => a.GetProperty("code").GetString()!)];

        string html = await client.GetStringAsync($"/{lang}/areas?q={Uri.EscapeDataString(typed)}", Cancel);
        string[] listed = [.. RowPattern().Matches(html).Select(m => m.Groups["code"].Value)];

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.All(listed, code => Assert.Contains($"href=\"/{lang}/areas/{code}\"", html, StringComparison.Ordinal));
        Assert.Contains($"value=\"{wanted}\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fi/areas?q=00100", "/fi/areas/00100")]
    [InlineData("/sv/areas?q=0913301000", "/sv/areas/0913301000")]
    [InlineData("/en/areas?q=%20049%20", "/en/areas/049")]
    public async Task SearchPage_AnExactCode_GoesStraightToTheAreasPage(string path, string expected)
    {
        using HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        HttpResponseMessage response = await client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/fi/areas?q=zzqq", "Minkään alueen nimessä tai koodissa ei ole ”zzqq”.")]
    [InlineData("/sv/areas", "Skriv ett områdes namn (på finska, svenska eller engelska) eller dess kod, till exempel ett postnummer.")]
    [InlineData("/en/areas?q=%20%20", "Type an area's name (in Finnish, Swedish or English) or its code, such as a postal code.")]
    public async Task SearchPage_NothingFoundOrTyped_SaysSo(string path, string text)
    {
        using HttpClient client = server.CreateClient();
        HttpResponseMessage response = await client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"search-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_ManyMatches_ListsTheBestHundred_AndSaysHowManyMatch()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/en/areas?q=a", Cancel));
        Assert.Equal(AreasModelMost, RowPattern().Count(html));
        Match count = Regex.Match(html, "The first 100 of (?<all>[0-9]+) areas; a longer search narrows them.");
        Assert.True(count.Success, "no count of the areas that match");
        Assert.True(int.Parse(count.Groups["all"].Value, CultureInfo.InvariantCulture) > 100);
    }

    [Theory]
    [InlineData("fi", "Etsi aluetta nimellä tai postinumerolla")]
    [InlineData("sv", "Sök ett område med namn eller postnummer")]
    [InlineData("en", "Find an area by its name or postal code")]
    public async Task HomePage_HasTheSearchForm(string lang, string label)
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync($"/{lang}", Cancel));
        Assert.Contains($"<form method=\"get\" action=\"/{lang}/areas\" role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains(label, html, StringComparison.Ordinal);
    }

    private const int AreasModelMost = WelfareAtlas.Web.Pages.AreasModel.MostListed;

    [GeneratedRegex("<tr data-code=\"(?<code>[^\"]+)\" data-type=")]
    private static partial Regex RowPattern();
}
