using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Forecasts;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Forecasts;

/// <summary>Forecasts in the API on the demo as a user first starts it: made by the refresh after the first compute run.</summary>
public sealed class ForecastsApiTests(DemoLiveServer server)
{
    private const string City = "091";

    private static readonly string[] NestedLimits = ["lower95", "lower80", "value", "upper80", "upper95"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private AtlasStore Store => server.Services.GetRequiredService<AtlasStore>();

    [Fact]
    public async Task Forecast_OfTheCity_HasNestedIntervalsAndTheBacktestBesideIt()
    {
        using HttpClient client = server.CreateClient();
        JsonElement view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/unemployed-jobseekers/forecast?area={City}", Cancel);

        Assert.Equal("total", view.GetProperty("breakdown").GetString());
        JsonElement forecast = Assert.Single(view.GetProperty("forecasts").EnumerateArray());
        Assert.Equal("year", forecast.GetProperty("frequency").GetString());
        JsonElement[] steps = [.. forecast.GetProperty("steps").EnumerateArray()];
        Assert.Equal([1, 2, 3], steps.Select(s => s.GetProperty("step").GetInt32()));
        int last = int.Parse(forecast.GetProperty("lastPeriod").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{last + 1}", steps[0].GetProperty("period").GetString());
        Assert.All(steps, s =>
        {
            // A proportion: the limits nest and stay inside [0, 100] on the indicator's percentage scale.
            double[] limits = [.. NestedLimits.Select(p => s.GetProperty(p).GetDouble())];
            Assert.Equal(limits.Order(), limits);
            Assert.InRange(limits[0], 0, 100);
            Assert.InRange(limits[^1], 0, 100);
        });

        JsonElement accuracy = forecast.GetProperty("accuracy");
        double mase = accuracy.GetProperty("mase").GetDouble();
        double naive = accuracy.GetProperty("naiveMase").GetDouble();
        Assert.Equal(mase < naive, accuracy.GetProperty("beatsNaive").GetBoolean());
        Assert.InRange(accuracy.GetProperty("coverage80").GetDouble(), 0, 1);
        Assert.True(accuracy.GetProperty("series").GetInt32() > 10);
    }

    [Fact]
    public async Task Series_CarriesTheForecastFromItsLastPeriod()
    {
        using HttpClient client = server.CreateClient();
        JsonElement series = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/unemployed-jobseekers/series?area={City}", Cancel);

        string lastPoint = series.GetProperty("points").EnumerateArray().Last(p => p.GetProperty("value").ValueKind == JsonValueKind.Number).GetProperty("period").GetString()!;
        JsonElement forecast = series.GetProperty("forecast");
        Assert.Equal(lastPoint, forecast.GetProperty("lastPeriod").GetString());
        Assert.Equal("year", forecast.GetProperty("frequency").GetString());
        Assert.Equal(3, forecast.GetProperty("steps").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/indicators/unemployed-jobseekers/forecast", HttpStatusCode.BadRequest, "area")] // no area
    [InlineData("/api/v1/indicators/unemployed-jobseekers/forecast?area=x1", HttpStatusCode.BadRequest, "x1")]
    [InlineData("/api/v1/indicators/no-such-indicator/forecast?area=091", HttpStatusCode.NotFound, "no-such-indicator")]
    [InlineData("/api/v1/indicators/unemployed-jobseekers/forecast?area=091&breakdown=sex=purple", HttpStatusCode.BadRequest, "sex=purple")]
    public async Task Forecast_BadRequest_IsAProblemNamingWhatIsWrong(string path, HttpStatusCode status, string named)
    {
        using HttpClient client = server.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicForecasts_AreFittedOnlyOnValuesThePublicMaySee()
    {
        // Indicators with hidden cells have cells (and forecasts) per audience.
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Cancel);
        string[] split = [.. await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT DISTINCT i.indicator_id FROM cell_blocks b
            JOIN cell_texts audience ON audience.text_key = b.audience_key
            JOIN observation_indicators i ON i.indicator_key = b.indicator_key
            WHERE audience.text = 'public' ORDER BY 1
            """,
            cancellationToken: Cancel))];
        Assert.NotEmpty(split);

        int checkedSeries = 0;
        foreach (IndicatorId indicator in split.Select(IndicatorId.Parse))
        {
            IReadOnlyList<SeriesForecast> published = await new ForecastRepository(Store.DataSource).ListAsync(Audience.Public, indicator, cancellationToken: Cancel);
            IReadOnlyList<SeriesForecast> analysts = await new ForecastRepository(Store.DataSource).ListAsync(Audience.Analyst, indicator, cancellationToken: Cancel);
            Assert.True(analysts.Count >= published.Count, $"{indicator}: analysts have {analysts.Count} forecasts, the public {published.Count}");
            ILookup<(string, string), StoredCell> cells = (await new CellRepository(Store.DataSource).ListIndicatorAsync(Audience.Public, indicator, Cancel))
                .ToLookup(c => (c.Area.Value, c.Breakdown));
            foreach (SeriesForecast forecast in published)
            {
                // Every period the public forecast was fitted on is a value the public sees.
                StoredCell[] fitted = [.. cells[(forecast.Area.Value, forecast.Breakdown.Key)]
                    .Where(c => c.Period.Kind == forecast.Frequency && c.Period >= forecast.FirstPeriod && c.Period <= forecast.LastPeriod)];
                Assert.Equal(forecast.Points, fitted.Length);
                Assert.All(fitted, c => Assert.True(c.Estimate is not null, $"{indicator} {forecast.Area} {forecast.Breakdown.Key}: the public forecast uses {c.Period}, which the public does not see"));
                checkedSeries++;
            }
        }

        Assert.True(checkedSeries > 100, $"only {checkedSeries} public forecasts checked");
    }
}
