using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

public sealed class ImportApiTests(ImportWebFactory factory) : IClassFixture<ImportWebFactory>, IAsyncLifetime
{
    private const string Mapping = """
        {
          "source": "api-test",
          "csv": { "delimiter": ";", "decimalSeparator": "comma" },
          "area": { "column": "alue", "kind": "postal-code" },
          "period": { "column": "vuosi" },
          "indicator": { "constant": "api-population" },
          "values": [ { "numerator": "asukkaat" } ]
        }
        """;

    private readonly HttpClient client = factory.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // The population indicator's full metadata under a test id: the compute run after the import reads all of it.
        Indicator population = IndicatorCatalogue.Get("population") with { Id = IndicatorId.Parse("api-population") };
        await new IndicatorRepository(factory.Services.GetRequiredService<AtlasStore>().DataSource).UpsertAsync([population], Cancel);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ImportFile_ValidUploadFromLoopback_CommitsAndReturns201WithCounts()
    {
        // "730" lost its leading zeros in a spreadsheet: the postal-code kind restores 00730.
        using HttpResponseMessage response = await client.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2019;18000\n730;2019;7000\n"), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement body = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
        Assert.Equal("committed", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("rowsImported").GetInt64());
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(7000.0, await connection.ExecuteScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '00730' AND indicator_id = 'api-population'"));
    }

    [Fact]
    public async Task ImportFile_BadRow_Returns422WithTheReportAndWritesNothing()
    {
        using HttpResponseMessage response = await client.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2018;18000\n00100;20x8;7000\n"), Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
        JsonElement first = problem.GetProperty("report").GetProperty("problems")[0];
        Assert.Equal("BAD_PERIOD", first.GetProperty("code").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal("20x8", first.GetProperty("value").GetString());
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM observations WHERE period = '2018' AND indicator_id = 'api-population'"));
    }

    [Fact]
    public async Task ImportFile_RemoteCaller_Returns403ProblemDetails()
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/api/v1/imports") { Content = Form("alue;vuosi;asukkaat\n00100;2017;1\n") };
        request.Headers.Add(ImportWebFactory.RemoteAddressHeader, "192.0.2.10");

        using HttpResponseMessage response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        JsonElement problem = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
        Assert.Equal("Imports are local only", problem.GetProperty("title").GetString());
    }

    private static MultipartFormDataContent Form(string csv)
    {
        MultipartFormDataContent form = new();
        ByteArrayContent file = new(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "upload.csv");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Mapping)), "mapping", "mapping.json");
        return form;
    }
}
