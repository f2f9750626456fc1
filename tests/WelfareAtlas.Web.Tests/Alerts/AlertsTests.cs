using System.Globalization;
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

    /// <summary>
    /// The whole path for each kind of target: subscribe, confirm, a refresh that puts the target's series back on the
    /// list, the alert e-mail through SMTP, the alerts listed in the app, unsubscribing.
    /// </summary>
    [Theory]
    [InlineData("indicator")]
    [InlineData("area")]
    [InlineData("profile")]
    public async Task Subscription_ConfirmedByItsLink_GetsTheAlertsOfTheNextRunThatChangesTheList(string kind)
    {
        await using SmtpSink sink = new();
        AlertDelivery delivery = Delivery(sink);
        using HttpClient client = server.CreateClient();
        (string target, int onList) = await TargetOnTheListAsync(kind);
        string email = $"planner-{kind}@example.fi";

        using HttpResponseMessage subscribed = await client.PostAsJsonAsync(
            "/api/v1/alerts/subscriptions",
            new { email, language = "en", targetKind = kind, target },
            Cancel);
        Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        await delivery.RunOnceAsync(Cancel);

        SinkMessage confirmation = Assert.Single(sink.Messages, m => m.Recipients.SequenceEqual([email]));
        Assert.Equal([email], confirmation.Recipients);
        Assert.Equal("alerts@example.fi", confirmation.From);
        Assert.Equal("Welfare Atlas: confirm your alert subscription", confirmation.Subject);
        Assert.Contains(TargetName(kind, target), confirmation.Body, StringComparison.Ordinal);
        // The confirmation was written by the app's own options (its PublicBaseUrl); the links are followed on the test server.
        string confirm = OnServer(Link(confirmation.Body, "confirm"));
        string unsubscribe = OnServer(Link(confirmation.Body, "unsubscribe"));

        // Before confirming nothing but the confirmation is sent.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(confirm), Cancel)).StatusCode);

        // The previous run had none of the target's series on the list: the next refresh puts them on it.
        IReadOnlyList<string> indicators = await ForgetStatusesAsync(kind, target);
        RefreshOutcome refresh = await new IndicatorRefresher(Store.DataSource, TimeProvider.System).RefreshStaleAsync(Cancel);
        Assert.All(indicators, indicator => Assert.Contains(Indicators.IndicatorId.Parse(indicator), refresh.Indicators));
        Assert.Equal(onList, refresh.AlertsRaised);
        await delivery.RunOnceAsync(Cancel);

        // The changes reach the address by e-mail: usually in one message, in more when the app's own delivery round
        // queued the first indicators' changes while the refresh was still at the others. Messages to other
        // subscribers (none unless an earlier case failed before unsubscribing) are not this case's.
        SinkMessage[] alerts = [.. sink.Messages.Where(m => m.Recipients.SequenceEqual([email])).Skip(1)];
        Assert.NotEmpty(alerts);
        Assert.Equal(onList, alerts.Sum(m => int.Parse(AlertCount().Match(m.Subject).Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.All(alerts, m => Assert.Matches(AlertCount(), m.Subject));
        Assert.All(alerts, m => Assert.Contains($"({TargetName(kind, target)})", m.Body, StringComparison.Ordinal));
        Assert.Equal(onList, alerts.Sum(m => Regex.Count(m.Body, ": now worse and worsening \\(Profile: ")));
        // Each line names its group and period as a reader writes them, never as the store keys them ("sex=male;age=7-17", "2025Q4").
        Assert.All(alerts, m => Assert.DoesNotMatch(@"\b(sex|age)=|, total, |\d{4}[QMW]\d", m.Body));
        SinkMessage alert = alerts[^1];
        if (kind == "indicator")
        {
            // Each alert line tags a synthetic indicator's name, and only a synthetic one's.
            Indicators.Indicator indicator = server.Services.GetRequiredService<AtlasCatalogue>().Indicators[Indicators.IndicatorId.Parse(target)];
            Assert.Equal(indicator.Synthetic ? onList : 0, alerts.Sum(m => Regex.Count(m.Body, Regex.Escape($", {indicator.Name.In(global::WelfareAtlas.Localisation.Language.English)} (Synthetic), "))));
        }

        Assert.Contains(new Uri(unsubscribe).PathAndQuery, alert.Body, StringComparison.Ordinal);

        // The alerts are listed in the app too, each about the target.
        JsonElement[] listed = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/alerts?limit=1000", Cancel))!;
        Assert.True(listed.Count(a => a.GetProperty(kind).GetString() == target && a.GetProperty("entered").GetBoolean()) >= onList);
        // Times in UTC, marked so (a time without an offset is read as local time by clients).
        Assert.All(listed, a => Assert.EndsWith("Z", a.GetProperty("createdAt").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/alerts?area=99999", Cancel)).StatusCode);
        string page = await client.GetStringAsync("/en/alerts", Cancel);
        Assert.Contains("now worse and worsening", page, StringComparison.Ordinal);
        // The list's group column, in words: "all" for the total.
        string[] groups = [.. Regex.Matches(page, "<td data-breakdown=\"(?<key>[^\"]+)\">(?<label>[^<]*)</td>").Select(g => g.Groups["label"].Value)];
        Assert.NotEmpty(groups);
        Assert.All(groups, label => Assert.DoesNotContain("=", label, StringComparison.Ordinal));
        // The list downloads as CSV like every table (the demo's pages have no alerts to list: TableDownloadTests).
        Assert.Contains("data-download-csv=\"alerts-table\"", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/downloads.js\"></script>", page, StringComparison.Ordinal);

        // Unsubscribed: the address is gone and the next change is not sent.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(unsubscribe), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(confirm), Cancel)).StatusCode);
        int sent = sink.Messages.Count(m => m.Recipients.SequenceEqual([email]));
        await ForgetStatusesAsync(kind, target);
        await new IndicatorRefresher(Store.DataSource, TimeProvider.System).RefreshStaleAsync(Cancel);
        await delivery.RunOnceAsync(Cancel);
        Assert.Equal(sent, sink.Messages.Count(m => m.Recipients.SequenceEqual([email])));
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM alert_subscriptions WHERE email = $email", new { email }, cancellationToken: Cancel)));
    }

    [Theory]
    [InlineData("/fi/alerts", "091")]
    [InlineData("/sv/alerts?area=0917704000", "0917704000")]
    public async Task AlertsPage_FollowsTheAreaAskedAbout_ElseTheCity(string path, string selected)
    {
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync(path, Cancel);
        string choice = Regex.Match(html, "<select id=\"target-area\".*?</select>", RegexOptions.Singleline).Value;

        // The form starts at the city of the atlas (it started at the first municipality by name, Akaa).
        Assert.Equal([selected], Regex.Matches(choice, "<option value=\"([^\"]+)\" selected=\"selected\"").Select(m => m.Groups[1].Value));
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
        // The city first and the other municipalities last: the 308 of them from THL's data came before the city's own areas.
        Assert.StartsWith("<option value=\"091\"", Regex.Match(select, "<(option|optgroup)[^>]*>").Value, StringComparison.Ordinal);
        Assert.Equal(["Suurpiirit", "Peruspiirit", "Osa-alueet", "Postinumeroalueet", "Muut kunnat"], Regex.Matches(select, "<optgroup label=\"([^\"]+)\">").Select(m => m.Groups[1].Value));
        Assert.Equal(1, Regex.Count(select, "<option value=\"091\""));
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

    /// <summary>
    /// The statuses' column a target kind follows, as a constant SQL expression: <c>$kind</c> chooses the column, so
    /// the queries below stay one parameterised text.
    /// </summary>
    private const string TargetColumn = "CASE $kind WHEN 'area' THEN area_code WHEN 'indicator' THEN indicator_id ELSE profile_id END";

    /// <summary>The area, indicator or profile with the most series on a "worse and worsening" list, and how many (over every profile).</summary>
    private async Task<(string Target, int OnList)> TargetOnTheListAsync(string kind)
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        (string target, long count) = await connection.QueryFirstAsync<(string, long)>(new CommandDefinition(
            $"SELECT {TargetColumn} AS target, count(*) AS n FROM worse_worsening GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1", new { kind }, cancellationToken: Cancel));
        return (target, (int)count);
    }

    /// <summary>As if the last refresh had found none of the target's series on the list: the refresh of their indicators is due again. Returns those indicators.</summary>
    private async Task<IReadOnlyList<string>> ForgetStatusesAsync(string kind, string target)
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        List<string> indicators = [.. await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT indicator_id FROM worse_worsening WHERE {TargetColumn} = $target", new { kind, target }, cancellationToken: Cancel))];
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE indicator_refreshes SET run_id = run_id - 1 WHERE indicator_id IN (SELECT indicator_id FROM worse_worsening WHERE {TargetColumn} = $target)",
            new { kind, target },
            cancellationToken: Cancel));
        await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM worse_worsening WHERE {TargetColumn} = $target", new { kind, target }, cancellationToken: Cancel));
        return indicators;
    }

    /// <summary>How the e-mails name what a subscription follows (<c>AlertMessages.TargetName</c>), in English.</summary>
    private string TargetName(string kind, string target)
    {
        AtlasCatalogue catalogue = server.Services.GetRequiredService<AtlasCatalogue>();
        global::WelfareAtlas.Localisation.Language english = global::WelfareAtlas.Localisation.Language.English;
        return kind switch
        {
            "area" => $"Area: {catalogue.Areas[Areas.AreaCode.Parse(target)].Names.In(english)} ({target})",
            "indicator" => $"Indicator: {catalogue.Indicators[Indicators.IndicatorId.Parse(target)].Name.In(english)}",
            _ => $"Profile: {catalogue.FindProfile(target)!.Name.In(english)}",
        };
    }

    /// <summary>The number of changes in an alert's subject.</summary>
    [GeneratedRegex("^Welfare Atlas: ([0-9]+) change\\(s\\) in the \"worse and worsening\" list$")]
    private static partial Regex AlertCount();

    private string OnServer(string link) => new Uri(server.BaseAddress, new Uri(link).PathAndQuery).ToString();

    private static string Link(string body, string action) =>
        Regex.Match(body, $@"http://\S+/alerts/{action}\?token=[0-9a-f]{{32}}") is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"No {action} link in: {body}");
}
