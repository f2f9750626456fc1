using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WelfareAtlas.Access;
using WelfareAtlas.Web.Tests.Infrastructure;
using WelfareAtlas.Web.Tests.Security;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>
/// An indicator whose age bands end at different periods: payment defaults of 18–24-year-olds delivered for
/// 2019–2022, of those aged 65 and over for 2019–2023. The working-age profile shows the 18–24 band, so a link from it
/// without a period must open that band's latest year, not the indicator's (an empty map, before).
/// </summary>
public sealed class BreakdownPeriodTests(BreakdownPeriodTests.UnevenBands store) : IClassFixture<BreakdownPeriodTests.UnevenBands>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DataWithoutAPeriod_TakesTheLatestPeriodOfTheChosenBand()
    {
        using HttpClient client = store.CreateClient();

        JsonElement working = await client.GetFromJsonAsync<JsonElement>(
            "/api/v1/indicators/payment-defaults/data?areaType=sub-district&profile=working-age-adults", Cancel);
        Assert.Equal("age=18-24", working.GetProperty("breakdown").GetString());
        Assert.Equal("2022", working.GetProperty("period").GetString());
        Assert.Equal(UnevenBands.Areas.Length, working.GetProperty("cells").GetArrayLength());

        JsonElement older = await client.GetFromJsonAsync<JsonElement>(
            "/api/v1/indicators/payment-defaults/data?areaType=sub-district&profile=older-people", Cancel);
        Assert.Equal("age=65+", older.GetProperty("breakdown").GetString());
        Assert.Equal("2023", older.GetProperty("period").GetString());
        Assert.Equal(UnevenBands.Areas.Length, older.GetProperty("cells").GetArrayLength());
    }

    [Fact]
    public async Task DataOfABandAtAPeriodItLacks_IsAProblemNamingTheBandsPeriods()
    {
        using HttpClient client = store.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(
            "/api/v1/indicators/payment-defaults/data?areaType=sub-district&period=2023&breakdown=age%3D18-24", Cancel);
        string body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("age=18-24", body, StringComparison.Ordinal);
        Assert.Contains("2019 to 2022 (4 periods)", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPageFromTheProfile_ShowsTheBandsLatestYearWithEveryArea()
    {
        using HttpClient client = store.CreateClient();

        string page = await client.GetStringAsync("/en/indicators/payment-defaults?type=sub-district&profile=working-age-adults", Cancel);

        Assert.Contains("(aged 18–24)", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2022\" selected", page, StringComparison.Ordinal);
        foreach (string area in UnevenBands.Areas)
        {
            Assert.Contains($"\"{area}\"", page, StringComparison.Ordinal);
        }
    }

    /// <summary>A fresh store with one delivery of payment defaults by age band for the eight sub-districts of Ullanlinna.</summary>
    public sealed class UnevenBands : SecurityWebFactory, IAsyncLifetime
    {
        /// <summary>The sub-districts of Ullanlinna (district 0911102000).</summary>
        public static readonly string[] Areas = ["0911102030", "0911102050", "0911102060", "0911102070", "0911102090", "0911102204", "0911102520", "0911102531"];

        private const string Mapping = """
            {
              "source": "payment-default-register",
              "csv": { "delimiter": ";", "decimalSeparator": "comma" },
              "area": { "column": "alue", "kind": "kokotunnus" },
              "period": { "column": "vuosi" },
              "age": { "column": "ika" },
              "indicator": { "constant": "payment-defaults" },
              "values": [ { "numerator": "maksuhairiot", "denominator": "vaesto" } ]
            }
            """;

        public async ValueTask InitializeAsync()
        {
            StringBuilder csv = new("alue;vuosi;ika;maksuhairiot;vaesto\n");
            for (int i = 0; i < Areas.Length; i++)
            {
                for (int year = 2019; year <= 2023; year++)
                {
                    if (year <= 2022)
                    {
                        csv.Append(CultureInfo.InvariantCulture, $"{Areas[i]};{year};18-24;{60 + i + year - 2019};1000\n");
                    }

                    csv.Append(CultureInfo.InvariantCulture, $"{Areas[i]};{year};65+;{80 + (2 * i)};2000\n");
                }
            }

            using HttpClient steward = CreateClient();
            steward.DefaultRequestHeaders.Add("X-Api-Key", await KeyAsync(Role.Steward));
            await DeliveryUpload.PostAsync(steward, csv.ToString(), Mapping, "maksuhairiot.csv");
        }
    }
}
