using System.Net;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>
/// A page whose address names an area, indicator or profile that does not exist answers 404 and says which of them, with
/// the code asked for, in the page's language: the area's page once said "There is no area with code {0}" on every
/// page, and the indicator and profile pages called a missing indicator or profile an area.
/// </summary>
public sealed class NotFoundPagesTests(AtlasWebFactory factory) : IClassFixture<AtlasWebFactory>
{
    [Theory]
    [InlineData("/fi/areas/0919999999", "Aluetta ei löydy", "Tunnuksella 0919999999 ei ole aluetta.")]
    [InlineData("/sv/indicators/no-such", "Indikatorn hittades inte", "Det finns ingen indikator med koden no-such.")]
    [InlineData("/en/indicators/no-such?type=district", "Indicator not found", "There is no indicator with the id no-such.")]
    [InlineData("/en/profiles/no-such", "Welfare profile not found", "There is no welfare profile with the id no-such.")]
    [InlineData("/fi/profiles/no-such/areas/091", "Hyvinvointiprofiilia ei löydy", "Tunnuksella no-such ei ole hyvinvointiprofiilia.")]
    [InlineData("/sv/profiles/children-and-young-people/areas/0919999999", "Området hittades inte", "Det finns inget område med koden 0919999999.")]
    [InlineData("/en/situation?area=0919999999", "Area not found", "There is no area with code 0919999999.")]
    [InlineData("/sv/situation?profile=no-such", "Välfärdsprofilen hittades inte", "Det finns ingen välfärdsprofil med koden no-such.")]
    [InlineData("/en/no-such-page", "Page not found", "There is no page at /en/no-such-page.")]
    [InlineData("/fi/profiles/children-and-young-people/areas/091/no-such", "Sivua ei löydy", "Osoitteessa /fi/profiles/children-and-young-people/areas/091/no-such ei ole sivua.")]
    public async Task MissingThing_Is404_AndNamesWhatWasAskedFor(string path, string title, string text)
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<p>{text}</p>", html, StringComparison.Ordinal);
        Assert.StartsWith(title, Regex.Match(html, "<title>(.*?)</title>", RegexOptions.Singleline).Groups[1].Value.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", html, StringComparison.Ordinal);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/fi/areas/0919999999", "Etsi aluetta nimellä tai postinumerolla")]
    [InlineData("/en/areas/Kallio", "Find an area by its name or postal code")] // a name where the code goes
    public async Task MissingArea_OffersTheAreaSearch(string path, string label)
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"action=\"/{path[1..3]}/areas\" role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains(label, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/no-such")]
    [InlineData("/no-such")]
    public async Task MissingAddressOutsideALanguage_IsProblemDetails(string path)
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
