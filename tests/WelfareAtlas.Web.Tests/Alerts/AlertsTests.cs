using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Situation;
using WelfareAtlas.Web.Alerts;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Alerts;

/// <summary>
/// Alerts end to end on the demo: subscribe through the API, confirm by the link in the e-mail, a compute run's refresh
/// that changes "worse and worsening" statuses, the alert e-mail through SMTP (a local sink), retries, unsubscribing.
/// </summary>
public sealed partial class AlertsTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private AtlasStore Store => server.Services.GetRequiredService<AtlasStore>();

    [Fact]
    public async Task Subscription_ConfirmedByItsLink_GetsTheAlertsOfTheNextRunThatChangesTheList()
    {
        await using SmtpSink sink = new();
        AlertDelivery delivery = Delivery(sink);
        using HttpClient client = server.CreateClient();
        (string indicator, int onList) = await IndicatorOnTheListAsync();

        using HttpResponseMessage subscribed = await client.PostAsJsonAsync(
            "/api/v1/alerts/subscriptions",
            new { email = "planner@example.fi", language = "en", targetKind = "indicator", target = indicator },
            Cancel);
        Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        await delivery.RunOnceAsync(Cancel);

        SinkMessage confirmation = Assert.Single(sink.Messages);
        Assert.Equal(["planner@example.fi"], confirmation.Recipients);
        Assert.Equal("alerts@example.fi", confirmation.From);
        Assert.Equal("Welfare Atlas: confirm your alert subscription", confirmation.Subject);
        // The confirmation was written by the app's own options (its PublicBaseUrl); the links are followed on the test server.
        string confirm = OnServer(Link(confirmation.Body, "confirm"));
        string unsubscribe = OnServer(Link(confirmation.Body, "unsubscribe"));

        // Before confirming nothing but the confirmation is sent.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(confirm), Cancel)).StatusCode);

        // The previous run had none of the indicator's series on the list: the next refresh puts them on it.
        await ForgetStatusesAsync(indicator);
        RefreshOutcome refresh = await new IndicatorRefresher(Store.DataSource, TimeProvider.System).RefreshStaleAsync(Cancel);
        Assert.Contains(Indicators.IndicatorId.Parse(indicator), refresh.Indicators);
        Assert.Equal(onList, refresh.AlertsRaised);
        await delivery.RunOnceAsync(Cancel);

        SinkMessage alert = sink.Messages.Last();
        Assert.Equal(2, sink.Messages.Count);
        Assert.Equal(["planner@example.fi"], alert.Recipients);
        Assert.Equal($"Welfare Atlas: {onList} change(s) in the \"worse and worsening\" list", alert.Subject);
        string name = server.Services.GetRequiredService<AtlasCatalogue>().Indicators[Indicators.IndicatorId.Parse(indicator)].Name.In(global::WelfareAtlas.Localisation.Language.English);
        Assert.Contains($"Indicator: {name}", alert.Body, StringComparison.Ordinal);
        // Each alert line tags a synthetic indicator's name, and only a synthetic one's.
        bool synthetic = server.Services.GetRequiredService<AtlasCatalogue>().Indicators[Indicators.IndicatorId.Parse(indicator)].Synthetic;
        Assert.Equal(synthetic ? onList : 0, Regex.Count(alert.Body, Regex.Escape($", {name} (Synthetic), ")));
        Assert.Equal(onList, Regex.Count(alert.Body, ": now worse and worsening \\(Profile: "));
        Assert.Contains(new Uri(unsubscribe).PathAndQuery, alert.Body, StringComparison.Ordinal);

        // The alerts are listed in the app too.
        JsonElement[] listed = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/alerts?limit=1000", Cancel))!;
        Assert.True(listed.Count(a => a.GetProperty("indicator").GetString() == indicator && a.GetProperty("entered").GetBoolean()) >= onList);
        Assert.All(listed.Where(a => a.GetProperty("indicator").GetString() == indicator), a => Assert.Equal(synthetic, a.GetProperty("synthetic").GetBoolean()));
        string page = await client.GetStringAsync("/en/alerts", Cancel);
        Assert.Contains("now worse and worsening", page, StringComparison.Ordinal);

        // Unsubscribed: the address is gone and the next change is not sent.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(unsubscribe), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(confirm), Cancel)).StatusCode);
        await ForgetStatusesAsync(indicator);
        await new IndicatorRefresher(Store.DataSource, TimeProvider.System).RefreshStaleAsync(Cancel);
        await delivery.RunOnceAsync(Cancel);
        Assert.Equal(2, sink.Messages.Count);
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM alert_subscriptions WHERE email = 'planner@example.fi'", cancellationToken: Cancel)));
    }

    [Fact]
    public async Task Delivery_ServerRefusesOnce_RetriesAndSends()
    {
        await using SmtpSink sink = new() { RefuseNext = 1 };
        AlertDelivery delivery = Delivery(sink);
        using HttpClient client = server.CreateClient();
        using HttpResponseMessage subscribed = await client.PostAsJsonAsync(
            "/api/v1/alerts/subscriptions",
            new { email = "steward@example.fi", language = "fi", targetKind = "area", target = "0917704000" },
            Cancel);
        Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);

        Assert.Equal(0, await delivery.RunOnceAsync(Cancel));
        Assert.Empty(sink.Messages);
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        (int attempts, string? error) = await connection.QuerySingleAsync<(int, string?)>(new CommandDefinition(
            "SELECT attempts, last_error FROM alert_messages WHERE recipient = 'steward@example.fi'", cancellationToken: Cancel));
        Assert.Equal(1, attempts);
        Assert.False(string.IsNullOrEmpty(error));

        Assert.Equal(1, await delivery.RunOnceAsync(Cancel));
        SinkMessage message = Assert.Single(sink.Messages);
        Assert.Equal(["steward@example.fi"], message.Recipients);
        Assert.Equal("Hyvinvointiatlas: vahvista hälytysten tilaus", message.Subject);
        Assert.Contains("/fi/alerts/confirm?token=", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsPage_OffersEveryAreaByNameGroupedByType_WithTheLinkedAreaChosen()
    {
        using HttpClient client = server.CreateClient();

        string page = await client.GetStringAsync("/fi/alerts?area=0917704000", Cancel);

        string select = Regex.Match(page, "<select id=\"target-area\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(server.Services.GetRequiredService<AtlasCatalogue>().Areas.Count, Regex.Count(select, "<option "));
        Assert.Contains("<optgroup label=\"Peruspiirit\">", select, StringComparison.Ordinal);
        Assert.Matches("<option value=\"0917704000\" selected=\"selected\">Vuosaari \\(0917704000\\)</option>", select);
    }

    [Fact]
    public async Task Subscribe_FourthConfirmationToOneAddressInADay_Returns429AndQueuesNothing()
    {
        using HttpClient client = server.CreateClient();
        object request = new { email = "flooded@example.fi", language = "en", targetKind = "area", target = "0917704000" };
        for (int i = 0; i < new AlertOptions().ConfirmationsPerAddressPerDay; i++)
        {
            using HttpResponseMessage accepted = await client.PostAsJsonAsync("/api/v1/alerts/subscriptions", request, Cancel);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using HttpResponseMessage refused = await client.PostAsJsonAsync("/api/v1/alerts/subscriptions", request, Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("email", (await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("field").GetString());
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM alert_messages WHERE recipient = 'flooded@example.fi'", cancellationToken: Cancel)));
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM alert_subscriptions WHERE email = 'flooded@example.fi'", cancellationToken: Cancel)));

        // The other tests deliver every due message through their own SMTP sinks: these three must not reach them.
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM alert_messages WHERE recipient = 'flooded@example.fi'", cancellationToken: Cancel));
    }

    [Theory]
    [InlineData("not-an-address", "indicator", "unemployed-jobseekers", "email")]
    [InlineData("a@example.fi", "district", "unemployed-jobseekers", "targetKind")]
    [InlineData("a@example.fi", "area", "99999", "target")]
    public async Task Subscribe_BadRequest_NamesTheField(string email, string kind, string target, string field)
    {
        using HttpClient client = server.CreateClient();
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/alerts/subscriptions", new { email, language = "en", targetKind = kind, target }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    private AlertDelivery Delivery(SmtpSink sink) => new(
        Store,
        server.Services.GetRequiredService<AtlasCatalogue>(),
        Options.Create(new AlertOptions
        {
            SmtpHost = "127.0.0.1",
            SmtpPort = sink.Port,
            From = "alerts@example.fi",
            PublicBaseUrl = server.BaseAddress.ToString().TrimEnd('/'),
            RetryDelay = TimeSpan.Zero,
        }),
        TimeProvider.System,
        NullLogger<AlertDelivery>.Instance);

    /// <summary>The indicator with the most series on a "worse and worsening" list, and how many (over every profile).</summary>
    private async Task<(string Indicator, int OnList)> IndicatorOnTheListAsync()
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        (string indicator, long count) = await connection.QueryFirstAsync<(string, long)>(new CommandDefinition(
            "SELECT indicator_id, count(*) FROM worse_worsening GROUP BY indicator_id ORDER BY 2 DESC, 1 LIMIT 1", cancellationToken: Cancel));
        return (indicator, (int)count);
    }

    /// <summary>As if the last refresh had found none of the indicator's series on the list: the refresh is due again.</summary>
    private async Task ForgetStatusesAsync(string indicator)
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM worse_worsening WHERE indicator_id = $indicator", new { indicator }, cancellationToken: Cancel));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE indicator_refreshes SET run_id = run_id - 1 WHERE indicator_id = $indicator", new { indicator }, cancellationToken: Cancel));
    }

    private string OnServer(string link) => new Uri(server.BaseAddress, new Uri(link).PathAndQuery).ToString();

    private static string Link(string body, string action) =>
        Regex.Match(body, $@"http://\S+/alerts/{action}\?token=[0-9a-f]{{32}}") is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"No {action} link in: {body}");
}
