using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>
/// SQL, path, HTML and CSV-formula injection through every input the app takes (query parameters, area codes,
/// indicator ids, uploaded file names and contents) are inert: refused with a client error or kept as plain text.
/// </summary>
public sealed class InjectionTests(SecurityWebFactory factory) : IClassFixture<SecurityWebFactory>
{
    private const string Mapping = """
        {
          "source": "injection-test",
          "csv": { "delimiter": ";" },
          "area": { "column": "alue", "kind": "postal-code" },
          "period": { "column": "vuosi" },
          "indicator": { "constant": "injection-population" },
          "values": [ { "numerator": "asukkaat" } ]
        }
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Each is a request a client could send; none may answer 5xx, and none may change or reveal the store.
    [Theory]
    [InlineData("/api/v1/areas/091'%20OR%20'1'='1")]
    [InlineData("/api/v1/areas?type=district'%20OR%201=1--")]
    [InlineData("/api/v1/areas?parent=091'%3B%20DROP%20TABLE%20areas%3B--")]
    [InlineData("/api/v1/indicators/x'%3BDROP%20TABLE%20areas--/data")]
    [InlineData("/api/v1/indicators/unemployed-jobseekers/data?type=district&period=2024'%20OR%20'1'='1&breakdown=total'--")]
    [InlineData("/api/v1/profiles/children/areas/091'%20UNION%20SELECT%20password_hash%20FROM%20users--")]
    [InlineData("/api/v1/maps/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/areas/..%2F..%2Fatlas.duckdb")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/lib/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/en/areas/..%2F..%2F..%2Fetc%2Fpasswd")]
    public async Task Request_WithSqlOrPathInjection_IsAClientErrorAndTheStoreIsUnchanged(string path)
    {
        long areasBefore = await CountAsync("SELECT count(*) FROM areas");
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        string body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} answered {(int)response.StatusCode}.");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("pbkdf2", body, StringComparison.Ordinal);
        Assert.Equal(areasBefore, await CountAsync("SELECT count(*) FROM areas"));
    }

    [Theory]
    [InlineData("/en/areas/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/en/indicators/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/en/profiles/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/en/sign-in?returnUrl=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/en?type=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Page_WithHtmlInjection_NeverEchoesTheMarkup(string path)
    {
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}.");
        Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithTraversingFileNameAndFormulaCells_KeepsOnlyTheNameAndImportsNoFormula()
    {
        await TestIndicator.AddCountAsync(factory.Services.GetRequiredService<AtlasStore>(), "injection-population");

        using HttpClient client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.KeyAsync(Role.Steward));
        string csv = "alue;vuosi;asukkaat\n00100;2019;18000\n=cmd|' /C calc'!A0;2019;5\n00120;2019;+SUM(1+1)\n";

        using HttpResponseMessage rejected = await client.PostAsync("/api/v1/imports", Form(csv, "..\\..\\..\\windows\\evil.csv"), Cancel);
        using HttpResponseMessage partial = await client.PostAsync("/api/v1/imports?allowPartial=true", Form(csv, "../../../etc/cron.d/evil.csv"), Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Created, partial.StatusCode);
        Assert.Equal(["evil.csv"], await ListAsync<string>("SELECT file_name FROM import_batches WHERE source = 'injection-test'"));
        Assert.Equal([18000.0], await ListAsync<double>("SELECT numerator FROM observations WHERE indicator_id = 'injection-population'"));
        Assert.False(File.Exists("/etc/cron.d/evil.csv"));
    }

    [Fact]
    public async Task SignIn_WithSqlInUserName_Fails()
    {
        using HttpClient client = factory.CreateClient();
        string page = await client.GetStringAsync("/en/sign-in", Cancel);
        string token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using FormUrlEncodedContent form = new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = "' OR '1'='1' --",
            ["Password"] = "' OR '1'='1' --",
        });

        using HttpResponseMessage response = await client.PostAsync("/en/sign-in", form, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("The user name or the password is wrong.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Signed in as", html, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Form(string csv, string fileName)
    {
        MultipartFormDataContent form = new();
        ByteArrayContent file = new(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Mapping)), "mapping", "mapping.json");
        return form;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private async Task<List<T>> ListAsync<T>(string sql)
    {
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        return [.. await connection.QueryAsync<T>(sql)];
    }
}
