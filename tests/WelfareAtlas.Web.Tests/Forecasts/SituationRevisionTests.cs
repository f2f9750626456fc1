using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Access;
using WelfareAtlas.Web.Tests.Infrastructure;
using WelfareAtlas.Web.Tests.Security;

namespace WelfareAtlas.Web.Tests.Forecasts;

/// <summary>
/// The previous data vintage and the outliers in the situational picture, from two real deliveries imported through
/// the API: what stewards see (every significant revision and every outlier with their batches) and what the public
/// sees (only revisions of numbers it is shown whose replaced number was publishable too).
/// </summary>
public sealed partial class SituationRevisionTests(SituationRevisionTests.RevisedDelivery deliveries) : IClassFixture<SituationRevisionTests.RevisedDelivery>
{
    private const string Profile = "working-age-adults";
    private const string Indicator = "unemployed-jobseekers";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_Steward_FindsEverySignificantRevisionWithItsBatchAndTheOneItReplaced()
    {
        using HttpClient steward = await deliveries.ClientAsync(Role.Steward);

        JsonElement view = await steward.GetFromJsonAsync<JsonElement>($"/api/v1/situation?profile={Profile}&limit=5000", Cancel);

        Assert.Equal("analyst", view.GetProperty("audience").GetString());
        JsonElement[] revisions = Findings(view, "significant-revision");
        // Every revision of the correction is significant, the small and the hidden ones too: stewards see them all.
        Assert.Equal(
            RevisedDelivery.Revised.Select(r => (r.Area, r.Year.ToString(CultureInfo.InvariantCulture))).Order(),
            revisions.Select(f => (f.GetProperty("area").GetString()!, f.GetProperty("period").GetString()!)).Order());
        Assert.All(revisions, f =>
        {
            Assert.Equal(Indicator, f.GetProperty("indicator").GetString());
            Assert.Equal(deliveries.Correction, f.GetProperty("batch").GetInt64());
            Assert.Equal(deliveries.First, f.GetProperty("previousBatch").GetInt64());
        });
        JsonElement raised = revisions.Single(f => f.GetProperty("area").GetString() == RevisedDelivery.Areas[0]);
        Assert.Equal(10.0, raised.GetProperty("value").GetDouble(), 9);
        Assert.Equal(5.2, raised.GetProperty("reference").GetDouble(), 9);
        Assert.True(raised.GetProperty("worsening").GetBoolean());
        Assert.Contains($"(batch {deliveries.First})", raised.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Steward_OutliersCarryTheBatchTheirNumberCameFrom()
    {
        using HttpClient steward = await deliveries.ClientAsync(Role.Analyst);

        JsonElement view = await steward.GetFromJsonAsync<JsonElement>($"/api/v1/situation?profile={Profile}&area={RevisedDelivery.Outlier}&limit=5000", Cancel);

        JsonElement[] outliers = Findings(view, "outlier");
        JsonElement outlier = Assert.Single(outliers, f => f.GetProperty("period").GetString() == "2023");
        Assert.Equal(RevisedDelivery.Outlier, outlier.GetProperty("area").GetString());
        Assert.Equal(30.0, outlier.GetProperty("value").GetDouble(), 9);
        Assert.Equal(deliveries.First, outlier.GetProperty("batch").GetInt64());
        Assert.True(outlier.GetProperty("score").GetDouble() > 3.5);
    }

    [Fact]
    public async Task Page_Steward_ShowsRevisionsAndOutliersWithTheirBatches()
    {
        using HttpClient steward = await deliveries.ClientAsync(Role.Steward);

        string page = await steward.GetStringAsync($"/en/situation?profile={Profile}", Cancel);

        string revisions = Section(page, "significant-revision");
        Assert.Equal(RevisedDelivery.Revised.Length, RowAreas(revisions).Count);
        Assert.Contains($"<td>{deliveries.Correction} ← {deliveries.First}</td>", revisions, StringComparison.Ordinal);
        string outliers = Section(page, "outlier");
        Assert.Contains(RevisedDelivery.Outlier, RowAreas(outliers));
        Assert.Contains($"<td>{deliveries.First}</td>", outliers, StringComparison.Ordinal);
        Assert.Contains("Shown to data stewards only.", outliers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Public_SeesOnlyTheRevisionOfANumberPublishedNowWhoseReplacedNumberWasPublishable()
    {
        using HttpClient anonymous = deliveries.CreateClient();

        JsonElement view = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/situation?profile={Profile}&limit=5000", Cancel);

        Assert.Equal("public", view.GetProperty("audience").GetString());
        Assert.Equal(
            ["worse-and-worsening", "significant-change", "significant-revision", "new-high", "new-low"],
            view.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("kind").GetString()));
        JsonElement revision = Assert.Single(Findings(view, "significant-revision"));
        Assert.Equal((RevisedDelivery.Areas[0], "2023"), (revision.GetProperty("area").GetString(), revision.GetProperty("period").GetString()));
        // The change in the published value, never the counts behind it.
        Assert.Equal(10.0, revision.GetProperty("value").GetDouble(), 9);
        Assert.Equal(5.2, revision.GetProperty("reference").GetDouble(), 9);
        Assert.False(revision.TryGetProperty("numerator", out _));

        // Each withheld revision, asked for by its own area, is not there either.
        foreach ((string area, int year, string why) in RevisedDelivery.Revised.Where(r => r.Area != RevisedDelivery.Areas[0]))
        {
            JsonElement own = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/situation?profile={Profile}&area={area}&limit=5000", Cancel);
            Assert.True(Findings(own, "significant-revision").Length == 0, $"{area} {year}: {why}");
        }
    }

    [Fact]
    public async Task Page_Public_ListsOnlyThePublishableRevisionWithoutBatches()
    {
        using HttpClient anonymous = deliveries.CreateClient();

        string page = await anonymous.GetStringAsync($"/en/situation?profile={Profile}", Cancel);

        string revisions = Section(page, "significant-revision");
        Assert.Equal([RevisedDelivery.Areas[0]], RowAreas(revisions));
        Assert.DoesNotContain("<th scope=\"col\">Batch</th>", revisions, StringComparison.Ordinal);
        Assert.Contains("never as counts", revisions, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"outlier\"", page, StringComparison.Ordinal);
        foreach ((string area, _, _) in RevisedDelivery.Revised.Where(r => r.Area != RevisedDelivery.Areas[0]))
        {
            string own = await anonymous.GetStringAsync($"/en/situation?profile={Profile}&area={area}", Cancel);
            Assert.Empty(RowAreas(Section(own, "significant-revision")));
        }
    }

    private static JsonElement[] Findings(JsonElement view, string kind) =>
        [.. view.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == kind).GetProperty("findings").EnumerateArray()];

    /// <summary>The page's section of one kind of finding.</summary>
    private static string Section(string page, string kind)
    {
        Match match = Regex.Match(page, $"<section[^>]*data-kind=\"{kind}\".*?</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No section of {kind} on the page.");
        return match.Value;
    }

    private static List<string> RowAreas(string section) => [.. RowArea().Matches(section).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr data-indicator=\"[^\"]+\" data-area=\"([^\"]+)\"")]
    private static partial Regex RowArea();

    /// <summary>
    /// A fresh store with two deliveries of <c>unemployed-jobseekers</c> for the eight sub-districts of Ullanlinna
    /// (district 0911102000), 2019–2023, on 2 000 residents each: a first one, and a correction that revises five
    /// numbers. Länsisaaret has 30 % throughout, far above the others' 5 %: an outlier.
    /// </summary>
    public sealed class RevisedDelivery : SecurityWebFactory, IAsyncLifetime
    {
        /// <summary>The sub-districts, in the order of the first delivery's rows.</summary>
        public static readonly string[] Areas = ["0911102030", "0911102050", "0911102060", "0911102070", "0911102090", "0911102204", "0911102520", "0911102531"];

        /// <summary>Länsisaaret, the outlier.</summary>
        public static readonly string Outlier = Areas[7];

        /// <summary>The correction's rows: area, year, numerator, denominator, and why the public may or may not see the revision.</summary>
        private static readonly (string Area, int Year, int Numerator, int Denominator, string Why)[] Corrections =
        [
            (Areas[0], 2023, 200, 2000, "5.2 % → 10 %: published now, and the replaced 104 was publishable"),
            (Areas[1], 2022, 150, 2000, "the replaced number was 3, below the rule's minimum of 5"),
            (Areas[5], 2022, 200, 2000, "publishable, but the same year's table had a small number (3) in the earlier delivery"),
            (Areas[2], 2021, 2, 2000, "the new number is 2: the public's cell is suppressed"),
            (Areas[4], 2019, 105, 1000, "the counts differ by 3 (108 → 105), below the minimum of 5, although the share doubled"),
        ];

        /// <summary>The revised numbers and why the public may or may not see each.</summary>
        public static (string Area, int Year, string Why)[] Revised => [.. Corrections.Select(c => (c.Area, c.Year, c.Why))];

        private const string Mapping = """
            {
              "source": "jobseeker-register",
              "csv": { "delimiter": ";", "decimalSeparator": "comma" },
              "area": { "column": "alue", "kind": "kokotunnus" },
              "period": { "column": "vuosi" },
              "indicator": { "constant": "unemployed-jobseekers" },
              "values": [ { "numerator": "tyottomat", "denominator": "vaesto" } ]
            }
            """;

        /// <summary>The first delivery's batch.</summary>
        public long First { get; private set; }

        /// <summary>The correction's batch.</summary>
        public long Correction { get; private set; }

        /// <summary>A client with a key of <paramref name="role"/>.</summary>
        public async Task<HttpClient> ClientAsync(Role role)
        {
            HttpClient client = CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", await KeyAsync(role));
            return client;
        }

        public async ValueTask InitializeAsync()
        {
            StringBuilder first = new("alue;vuosi;tyottomat;vaesto\n");
            for (int i = 0; i < Areas.Length; i++)
            {
                for (int year = 2019; year <= 2023; year++)
                {
                    // 100 + 2·area + (year − 2019) of 2 000 (5–5.7 %); Ullanlinna's second sub-district had 3 in 2022; Länsisaaret 600 (30 %).
                    int numerator = i == 7 ? 600 : i == 1 && year == 2022 ? 3 : 100 + (2 * i) + (year - 2019);
                    first.Append(CultureInfo.InvariantCulture, $"{Areas[i]};{year};{numerator};2000\n");
                }
            }

            StringBuilder correction = new("alue;vuosi;tyottomat;vaesto\n");
            foreach ((string area, int year, int numerator, int denominator, _) in Corrections)
            {
                correction.Append(CultureInfo.InvariantCulture, $"{area};{year};{numerator};{denominator}\n");
            }

            using HttpClient steward = await ClientAsync(Role.Steward);
            First = await ImportAsync(steward, first.ToString());
            Correction = await ImportAsync(steward, correction.ToString());
        }

        private static Task<long> ImportAsync(HttpClient client, string csv) => DeliveryUpload.PostAsync(client, csv, Mapping, "tyottomat.csv");
    }
}
