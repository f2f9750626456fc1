using System.Net;
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
}
