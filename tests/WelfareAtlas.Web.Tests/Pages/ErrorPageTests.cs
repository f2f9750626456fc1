using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Web.Pages;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>
/// A page that fails answers 500 with a page in its language that says so and gives the request's code, not the API's
/// problem details (JSON), which a browser showed as text; the API keeps its problem details.
/// </summary>
public sealed class ErrorPageTests(ErrorPageTests.FailingPagesFactory factory) : IClassFixture<ErrorPageTests.FailingPagesFactory>
{
    [Theory]
    [InlineData("/sv/profiles", "Sidan kunde inte visas", "Ett fel i Välfärdsatlas gjorde att sidan inte kunde visas.")]
    [InlineData("/fi/indicators/population?type=district", "Sivua ei voitu näyttää", "Hyvinvointiatlaksessa tapahtui virhe, eikä sivua voitu näyttää.")]
    [InlineData("/en", "The page could not be shown", "An error in the Welfare Atlas kept the page from being shown.")]
    public async Task FailedPage_Is500_AsAPageInItsLanguage_WithTheRequestsCode(string path, string title, string text)
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingPagesFactory.Message, html, StringComparison.Ordinal);
        // The code the server's log has with the exception: a W3C trace id (or the request's id where there is none).
        Assert.Matches(@"[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}\.|[0-9A-Z]{13}:[0-9A-F]{8}\.", html);
        // The language links lead to the page that failed, not to the error page's own address.
        string language = path[1..3];
        string rest = path[3..];
        foreach (string other in new[] { "fi", "sv", "en" })
        {
            Assert.Contains($"hreflang=\"{other}\" href=\"/{other}{rest}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorAddress_AskedForDirectly_IsNotAPage()
    {
        using HttpClient client = factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync("/error", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FailedApiRequest_KeepsItsProblemDetails()
    {
        using HttpClient client = factory.CreateClient();
        // A query value that does not bind throws in the endpoint: the exception handler answers it.
        using HttpResponseMessage response = await client.GetAsync("/api/v1/areas/091?geometry=maybe", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The web app with every page's handler failing, as it would with its store gone; the error page itself works.</summary>
    public sealed class FailingPagesFactory : AtlasWebFactory
    {
        /// <summary>The failure's message, which the page must not show.</summary>
        public const string Message = "A failure the test planted in every page.";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new FailingPageFilter())));
        }

        private sealed class FailingPageFilter : IAsyncPageFilter
        {
            public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

            public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
                context.HandlerInstance is PageErrorModel ? next() : throw new InvalidOperationException(Message);
        }
    }
}
