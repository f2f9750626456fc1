using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

public sealed class LanguageRoutingTests(AtlasWebFactory factory) : IClassFixture<AtlasWebFactory>
{
    private readonly HttpClient client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData(null, "/fi")] // no preference: Finnish, the city's majority language
    [InlineData("sv-FI,sv;q=0.9,en;q=0.5", "/sv")]
    [InlineData("de-DE,en;q=0.8", "/en")] // the first of our languages the browser accepts
    [InlineData("en;q=0.4,fi;q=0.9", "/fi")] // by quality, not by order
    public async Task Root_RedirectsToThePreferredLanguage(string? acceptLanguage, string expected)
    {
        using HttpRequestMessage request = new(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        HttpResponseMessage response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Root_AnswersHead()
    {
        using HttpRequestMessage request = new(HttpMethod.Head, "/");
        HttpResponseMessage response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("/fi", "Helsingin alueet", "lang=\"fi\"")]
    [InlineData("/sv", "Helsingfors områden", "lang=\"sv\"")]
    [InlineData("/en", "Areas of Helsinki", "lang=\"en\"")]
    public async Task HomePage_IsInTheLanguageOfItsPath(string path, string heading, string langAttribute)
    {
        string html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<html {langAttribute}>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/de")]
    [InlineData("/fi/areas/0919999999")]
    public async Task UnknownLanguageOrArea_Is404(string path)
    {
        HttpResponseMessage response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AreaPage_ListsChildrenAndDrawsTheShape()
    {
        string html = await client.GetStringAsync("/fi/areas/0911101000", TestContext.Current.CancellationToken);
        Assert.Contains("Kruununhaka", html, StringComparison.Ordinal);
        Assert.Contains("Katajanokka", html, StringComparison.Ordinal);
        Assert.Contains("<path d=\"M", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "0911102030", "Hyvinvointiprofiilit")]
    [InlineData("sv", "00130", "Välfärdsprofiler")]
    [InlineData("en", "091", "Welfare profiles")]
    public async Task AreaPage_LinksToEachProfileOfTheArea(string language, string code, string heading)
    {
        // The map leads to the area's page; from there the area's profiles are one step away, each answering with the
        // profile of this very area.
        string html = await client.GetStringAsync($"/{language}/areas/{code}", TestContext.Current.CancellationToken);
        Assert.Contains($">{heading}</h2>", html, StringComparison.Ordinal);
        string[] links = [.. System.Text.RegularExpressions.Regex.Matches(html, $"href=\"(/{language}/profiles/[a-z-]+/areas/{code})\"").Select(m => m.Groups[1].Value).Distinct()];
        string[] profiles = [.. factory.Services.GetRequiredService<WelfareAtlas.Web.Profiles.AtlasCatalogue>().Profiles.Select(p => $"/{language}/profiles/{p.Id}/areas/{code}")];
        Assert.NotEmpty(profiles);
        Assert.Equal(profiles, links);
        foreach (string link in links)
        {
            HttpResponseMessage response = await client.GetAsync(link, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
