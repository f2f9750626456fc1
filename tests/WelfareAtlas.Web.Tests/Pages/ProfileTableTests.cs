using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>The area profile's table of numbers, as the server writes it.</summary>
public sealed class ProfileTableTests(DemoLiveServer server)
{
    private const string Vuosaari = "0917704000";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DenominatorColumn_OfIndicatorsCountingDifferentThings_IsHeadedDenominator_AndNamesWhatACellCountsWhenNotThePopulation()
    {
        using HttpClient client = server.CreateClient();
        Dictionary<string, string?> named = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!.ToDictionary(
            i => i.GetProperty("id").GetString()!,
            i => i.GetProperty("denominatorName").ValueKind == JsonValueKind.Null ? null : i.GetProperty("denominatorName").GetProperty("fi").GetString());
        string[] profiles = [.. (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/profiles", Cancel))!.Select(p => p.GetProperty("id").GetString()!)];

        int namedCells = 0;
        int populationCells = 0;
        foreach (string profile in profiles)
        {
            string html = await client.GetStringAsync($"/fi/profiles/{profile}/areas/{Vuosaari}", Cancel);
            string table = Regex.Match(html, "<table[^>]*id=\"profile-table\".*?</table>", RegexOptions.Singleline).Value;
            Assert.Contains(">Nimittäjä</th>", table, StringComparison.Ordinal);
            Assert.DoesNotContain(">Väestö</th>", table, StringComparison.Ordinal);
            foreach (Match row in Regex.Matches(table, "<tr data-indicator=\"(?<id>[^\"]+)\".*?</tr>", RegexOptions.Singleline))
            {
                // The sixth cell after the row's heading: period, value, two limits, numerator, then the denominator.
                Match denominator = Regex.Matches(row.Value, "<td[^>]*>.*?</td>", RegexOptions.Singleline)[5];
                bool hasNumber = !denominator.Value.Contains("data-value=\"\"", StringComparison.Ordinal);
                string? expected = named[row.Groups["id"].Value];
                if (expected is not null && hasNumber)
                {
                    namedCells++;
                    // A label under the number, lower case in brackets: "16 256 Kotitaloudet" read as a broken phrase in Finnish.
                    Assert.Contains($"<span class=\"denominator-note\">({expected.ToLower(CultureInfo.GetCultureInfo("fi-FI"))})</span>", WebUtility.HtmlDecode(denominator.Value), StringComparison.Ordinal);
                }
                else
                {
                    populationCells += hasNumber ? 1 : 0;
                    Assert.DoesNotContain("denominator-note", denominator.Value, StringComparison.Ordinal);
                }
            }
        }

        Assert.True(namedCells > 0, "no profile row of an indicator with a named denominator");
        Assert.True(populationCells > 0, "no profile row of a population denominator");
    }

    [Theory]
    [InlineData("/en/profiles/working-age-adults/areas/091", "Helsinki and the other municipalities")]
    [InlineData("/fi/profiles/working-age-adults/areas/0911101000", "Vironniemi muiden alueiden (peruspiirit) joukossa, vertailukohtana Helsinki")]
    [InlineData("/sv/profiles/working-age-adults/areas/0911101000", "Estnäs jämfört med Helsingfors och de andra områdena (grunddistrikt)")]
    public async Task SpineTitle_NamesTheBenchmark_OrNoneForTheCity(string path, string title)
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync(path, Cancel));
        Assert.Equal(title, Regex.Match(html, "<h2 id=\"spine-title\">(?<title>[^<]*)</h2>").Groups["title"].Value);
        Assert.Contains($"<title id=\"spine-chart-title\">{title}</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/profiles/older-people/areas/0917704547", true)] // Rastila: Paavo's and the credit bureau's postal-area figures
    [InlineData("/en/profiles/older-people/areas/00980", false)] // the postal area itself
    [InlineData("/en/profiles/older-people/areas/091", false)] // the city: whole postal areas
    public async Task RowsSharedOutFromPostalAreas_SaySo_WithANoteUnderTheTable(string path, bool apportioned)
    {
        // Rastila and Meri-Rastila carried Etelä-Vuosaari's pensioner share to the last digit, one "Similar", the other
        // "Higher", and nothing said the figure was the postal area's.
        using HttpClient client = server.CreateClient();
        Dictionary<string, string> deliveredBy = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("deliveredBy").GetString()!);
        string html = WebUtility.HtmlDecode(await client.GetStringAsync(path, Cancel));
        string table = Regex.Match(html, "<table[^>]*id=\"profile-table\".*?</table>", RegexOptions.Singleline).Value;
        int marked = 0;
        foreach (Match row in Regex.Matches(table, "<tr data-indicator=\"(?<id>[^\"]+)\".*?</tr>", RegexOptions.Singleline))
        {
            bool hasValue = !Regex.Matches(row.Value, "<td[^>]*>", RegexOptions.Singleline)[1].Value.Contains("data-value=\"\"", StringComparison.Ordinal);
            bool expected = apportioned && hasValue && deliveredBy[row.Groups["id"].Value] == "postal-area";
            Assert.Equal(expected, row.Value.Contains("apportioned-note", StringComparison.Ordinal));
            marked += expected ? 1 : 0;
        }

        Assert.Equal(apportioned, marked > 0);
        Assert.Equal(apportioned, html.Contains("id=\"apportioned-note\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CitysSpineChart_PlacesTheCityAmongTheMunicipalitiesWithData_AndSaysWhichRowsHaveNoneToPlaceItAmong()
    {
        // The city has no benchmark: its chart was a column of "Not compared" with no bar even where THL gives every
        // municipality, and its table ranked each row "1 of 1".
        using HttpClient client = server.CreateClient();
        JsonElement profile = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/working-age-adults/areas/091", Cancel);
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/en/profiles/working-age-adults/areas/091", Cancel));
        string chart = Regex.Match(html, "<svg[^>]*id=\"spine-chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.DoesNotContain("chart-benchmark", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("Benchmark: Helsinki", chart, StringComparison.Ordinal);

        int placed = 0;
        int alone = 0;
        foreach (JsonElement cell in profile.GetProperty("cells").EnumerateArray())
        {
            string indicator = cell.GetProperty("indicator").GetString()!;
            string row = Regex.Match(chart, $"<g class=\"spine-row\" data-indicator=\"{Regex.Escape(indicator)}\".*?</g>", RegexOptions.Singleline).Value;
            bool hasValue = cell.GetProperty("value").ValueKind == JsonValueKind.Number;
            bool hasPeers = cell.GetProperty("peers").ValueKind == JsonValueKind.Object && cell.GetProperty("peers").GetProperty("count").GetInt32() > 1;
            if (cell.GetProperty("measure").GetString() == "count" || !hasValue)
            {
                continue;
            }

            if (hasPeers)
            {
                placed++;
                Assert.Contains("class=\"spine-range\"", row, StringComparison.Ordinal);
                Assert.Contains($"<title>Median of the areas: {cell.GetProperty("peers").GetProperty("median").GetDouble().ToString("#,0.0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}", row, StringComparison.Ordinal);
                Assert.Contains("data-significance=\"not-compared\"", row, StringComparison.Ordinal);
            }
            else
            {
                alone++;
                Assert.DoesNotContain("spine-range", row, StringComparison.Ordinal);
                Assert.Contains("No other area of this type has data", row, StringComparison.Ordinal);
            }
        }

        Assert.True(placed > 0, "no row of the city among other municipalities");
        Assert.True(alone > 0, "no row of the city alone");
        Assert.DoesNotContain(">1 of 1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowOfAnIndicatorWithoutDataAtTheLevel_LinksToTheLevelsItHas_OtherRowsDoNot()
    {
        // Median income is by postal area only: a district's row said "no data" and nothing more.
        using HttpClient client = server.CreateClient();
        JsonElement availability = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/paavo-median-income/availability", Cancel);
        string[] levels = [.. availability.GetProperty("areaTypes").EnumerateArray().Select(t => t.GetProperty("areaType").GetString()!)];
        Assert.DoesNotContain("district", levels);

        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/profiles/working-age-adults/areas/0911101000", Cancel));
        string table = Regex.Match(html, "<table[^>]*id=\"profile-table\".*?</table>", RegexOptions.Singleline).Value;
        string row = Regex.Match(table, "<tr data-indicator=\"paavo-median-income\".*?</tr>", RegexOptions.Singleline).Value;
        string note = Regex.Match(row, "<span class=\"level-note\" data-csv-skip>Tietoa vain aluetasoilla:.*?</span>", RegexOptions.Singleline).Value;
        Assert.Equal(
            levels.Select(level => $"/fi/indicators/paavo-median-income?type={level}&profile=working-age-adults"),
            Regex.Matches(note, "href=\"(?<href>[^\"]+)\"").Select(m => m.Groups["href"].Value));
        // Only rows without data carry the note.
        Assert.All(
            Regex.Matches(table, "<tr data-indicator=.*?</tr>", RegexOptions.Singleline).Where(r => r.Value.Contains("class=\"level-note\"", StringComparison.Ordinal)),
            r => Assert.Contains("status status-no-data", r.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RowsOfFiguresMuchOlderThanTheProfilesNewest_SaySo_InThePageAndTheReport()
    {
        // Helsinki's working-age profile: the Sotkanet extract's figure ends in 2011, beside figures of 2023–2025.
        using HttpClient client = server.CreateClient();
        JsonElement profile = (await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/working-age-adults/areas/091", Cancel))!;
        List<(string Indicator, string? Period, bool HasValue)> cells = [.. profile.GetProperty("cells").EnumerateArray().Select(c => (
            c.GetProperty("indicator").GetString()!,
            c.GetProperty("period").ValueKind == JsonValueKind.String ? c.GetProperty("period").GetString() : null,
            c.GetProperty("value").ValueKind == JsonValueKind.Number))];
        int newest = cells.Where(c => c.HasValue && c.Period is not null).Max(c => int.Parse(c.Period![..4], System.Globalization.CultureInfo.InvariantCulture));
        HashSet<string> old = [.. cells.Where(c => c.HasValue && c.Period is { Length: 4 } p && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) + 5 < newest).Select(c => c.Indicator)];
        Assert.Contains(old, id => id.StartsWith("sotkanet-", StringComparison.Ordinal));

        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/profiles/working-age-adults/areas/091", Cancel));
        string table = Regex.Match(html, "<table[^>]*id=\"profile-table\".*?</table>", RegexOptions.Singleline).Value;
        HashSet<string> marked = [.. Regex.Matches(table, "<tr data-indicator=\"(?<id>[^\"]+)\".*?</tr>", RegexOptions.Singleline)
            .Where(row => row.Value.Contains("<span class=\"old-note\" data-csv-skip>vanha tieto</span>", StringComparison.Ordinal))
            .Select(row => row.Groups["id"].Value)];
        Assert.Equal(old.Order(), marked.Order());
        Assert.Contains("Yli viisi vuotta vanhempi kuin profiilin uusimmat tiedot", html, StringComparison.Ordinal);

        string report = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/profiles/working-age-adults/areas/091/report", Cancel));
        Assert.Equal(old.Count, Regex.Count(report, "<td>2011 <span class=\"old-note\">vanha tieto</span></td>"));

        // A district's profile has no figure that old: no mark and no note.
        string district = await client.GetStringAsync("/fi/profiles/working-age-adults/areas/0911101000", Cancel);
        Assert.DoesNotContain("old-note", district, StringComparison.Ordinal);
    }
}
