using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;
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
    private string? stewardKey;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await TestIndicator.AddCountAsync(factory.Services.GetRequiredService<AtlasStore>(), "api-population");
        (_, stewardKey) = await new ApiKeyRepository(factory.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System).AddAsync("import tests", Role.Steward, "tests", Cancel);
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", stewardKey);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ImportFile_ValidUploadByASteward_CommitsAndReturns201WithCountsAndAnAuditEntry()
    {
        // "730" lost its leading zeros in a spreadsheet: the postal-code kind restores 00730.
        using HttpResponseMessage response = await client.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2019;18000\n730;2019;7000\n"), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement body = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
        Assert.Equal("committed", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("rowsImported").GetInt64());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("recomputeError").ValueKind);
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(7000.0, await connection.ExecuteScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '00730' AND indicator_id = 'api-population'"));
        string batch = body.GetProperty("batchId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'import' AND subject = $batch AND actor LIKE 'key:%'", new { batch }));
    }

    [Fact]
    public async Task ImportFile_ComputeRunFailsAfterTheCommit_Returns201WithTheBatchAndWhatFailed()
    {
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        // The batch's commit does not touch cell_blocks; the compute run after it does. The tests of a class run one at a time.
        await connection.ExecuteAsync("ALTER TABLE cell_blocks RENAME TO cell_blocks_away");
        try
        {
            using HttpResponseMessage response = await client.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2014;16900\n"), Cancel);

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            JsonElement body = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
            Assert.Equal("committed", body.GetProperty("status").GetString());
            string error = body.GetProperty("recomputeError").GetString()!;
            Assert.StartsWith("The batch is committed, but recomputing the cells and forecasts of its indicators failed (the error is in the server's log)", error, StringComparison.Ordinal);
            // The database's own message (table names, SQL) stays in the log.
            Assert.DoesNotContain("cell_blocks", error, StringComparison.Ordinal);
            long batch = body.GetProperty("batchId").GetInt64();
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM observations WHERE batch_id = $batch AND period = '2014'", new { batch }));
        }
        finally
        {
            await connection.ExecuteAsync("ALTER TABLE cell_blocks_away RENAME TO cell_blocks");
        }
    }

    [Fact]
    public async Task ImportFile_WithPublishAt_CommitsTheBatchUnderEmbargoUntilThatTime()
    {
        using HttpResponseMessage response = await client.PostAsync("/api/v1/imports?publishAt=2099-03-01T10:00:00%2B02:00", Form("alue;vuosi;asukkaat\n00100;2016;17500\n"), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        long batch = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.GetProperty("batchId").GetInt64();
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(new DateTime(2099, 3, 1, 8, 0, 0), await connection.ExecuteScalarAsync<DateTime>("SELECT published_at FROM import_batches WHERE id = $batch", new { batch }));
    }

    [Fact]
    public async Task ImportFile_PublishAtNotATime_Returns400AndImportsNothing()
    {
        using HttpResponseMessage response = await client.PostAsync("/api/v1/imports?publishAt=next-monday", Form("alue;vuosi;asukkaat\n00100;2015;17000\n"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.GetProperty("detail").GetString()!;
        Assert.Contains("publishAt", detail, StringComparison.Ordinal);
        Assert.Contains("next-monday", detail, StringComparison.Ordinal);
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM observations WHERE period = '2015' AND indicator_id = 'api-population'"));
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
    public async Task ImportFile_Anonymous_Returns401ProblemDetailsAndImportsNothing()
    {
        using HttpClient anonymous = factory.CreateClient();

        using HttpResponseMessage response = await anonymous.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2017;1\n"), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using DbConnection connection = await factory.Services.GetRequiredService<AtlasStore>().DataSource.OpenConnectionAsync(Cancel);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM observations WHERE period = '2017' AND indicator_id = 'api-population'"));
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
