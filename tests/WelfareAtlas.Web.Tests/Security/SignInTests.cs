using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>Local accounts through the real sign-in page: the cookie gives the account's role, a wrong password gives nothing.</summary>
public sealed partial class SignInTests(SecurityWebFactory factory) : IClassFixture<SecurityWebFactory>
{
    private const string Password = "a long test password";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fi", "Kirjaudu")]
    [InlineData("sv", "Logga in")]
    [InlineData("en", "Sign in")]
    public async Task SignInPage_EveryLanguage_ShowsTheFormInIt(string language, string heading)
    {
        using HttpClient client = factory.CreateClient();

        string html = await client.GetStringAsync($"/{language}/sign-in", Cancel);

        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"password\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightPassword_CookieMakesTheCallerAStewardUntilSignOut()
    {
        await new UserRepository(factory.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System)
            .AddAsync("steward1", Role.Steward, PasswordHash.Create(Password, 1_000), "tests", Cancel);
        using HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using HttpResponseMessage wrong = await PostAsync(client, "/en/sign-in?returnUrl=%2Fen%2Fprofiles", "steward1", Password + "x");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The user name or the password is wrong.", await wrong.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using HttpResponseMessage signedIn = await PostAsync(client, "/en/sign-in?returnUrl=%2Fen%2Fprofiles", "steward1", Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/en/profiles", signedIn.Headers.Location?.OriginalString);
        string page = await client.GetStringAsync("/en/profiles", Cancel);
        Assert.Contains("Signed in as steward1 (data steward)", page, StringComparison.Ordinal);

        // The cookie's role reaches the steward's endpoint: past authorization, the upload is refused for its missing form.
        using HttpRequestMessage upload = new(HttpMethod.Post, "/api/v1/imports");
        using HttpResponseMessage import = await client.SendAsync(upload, Cancel);
        Assert.NotEqual(HttpStatusCode.Unauthorized, import.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, import.StatusCode);

        using HttpResponseMessage signedOut = await PostAsync(client, "/en/sign-out", null, null);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using HttpRequestMessage again = new(HttpMethod.Post, "/api/v1/imports");
        using HttpResponseMessage refused = await client.SendAsync(again, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("new role")]
    [InlineData("new password")]
    public async Task Session_OfAnAccountRemovedOrChangedSinceSignIn_EndsAtItsNextRequest(string change)
    {
        UserRepository users = new(factory.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System);
        string name = "analyst-" + change.Replace(' ', '-');
        await users.AddAsync(name, Role.Analyst, PasswordHash.Create(Password, 1_000), "tests", Cancel);
        using HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using HttpResponseMessage signedIn = await PostAsync(client, "/en/sign-in?returnUrl=%2Fen%2Fprofiles", name, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using (HttpResponseMessage before = await client.GetAsync("/api/v1/imports", Cancel))
        {
            // Signed in as an analyst: past authentication, refused the stewards' list.
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        // The account's record changes a moment after the cookie was issued.
        await Task.Delay(TimeSpan.FromMilliseconds(20), Cancel);
        switch (change)
        {
            case "removed":
                Assert.True(await users.RemoveAsync(name, "tests", Cancel));
                break;
            case "new role":
                await users.AddAsync(name, Role.Steward, PasswordHash.Create(Password, 1_000), "tests", Cancel);
                break;
            default:
                await users.AddAsync(name, Role.Analyst, PasswordHash.Create(Password + "!", 1_000), "tests", Cancel);
                break;
        }

        using HttpResponseMessage after = await client.GetAsync("/api/v1/imports", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        string page = await client.GetStringAsync("/en/profiles", Cancel);
        Assert.DoesNotContain("Signed in as " + name, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOfAnotherSite_GoesHomeInstead()
    {
        await new UserRepository(factory.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System)
            .AddAsync("analyst1", Role.Analyst, PasswordHash.Create(Password, 1_000), "tests", Cancel);
        using HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using HttpResponseMessage response = await PostAsync(client, "/sv/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", "analyst1", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sv", response.Headers.Location?.OriginalString);
    }

    /// <summary>Posts the page's form as a browser would: with the antiforgery token from the page and its cookie.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? user, string? password)
    {
        string form = await client.GetStringAsync(path, Cancel);
        string token = Token().Match(form).Groups[1].Value;
        Dictionary<string, string> fields = new() { ["__RequestVerificationToken"] = token };
        if (user is not null)
        {
            fields["UserName"] = user;
            fields["Password"] = password!;
        }

        using FormUrlEncodedContent content = new(fields);
        return await client.PostAsync(path, content, Cancel);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
