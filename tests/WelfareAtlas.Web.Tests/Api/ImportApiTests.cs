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
        Assert.Equal(7000.0, await connection.ExecuteScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '00730' AND period = '2019' AND indicator_id = 'api-population'"));
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
    public async Task IndicatorData_PeriodOnlyInAnEmbargoedBatch_AnalystsGetItThePublicDoesNot()
    {
        // An indicator of the catalogue the app loaded when it started (the tests' own is added after that).
        using HttpResponseMessage upload = await client.PostAsync(
            "/api/v1/imports?publishAt=2099-03-01T10:00:00Z",
            Form("alue;vuosi;asukkaat\n00100;2009;15500\n", Mapping.Replace("\"api-test\"", "\"api-embargo\"", StringComparison.Ordinal).Replace("\"api-population\"", "\"population\"", StringComparison.Ordinal)),
            Cancel);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        (_, string analystKey) = await new ApiKeyRepository(factory.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System).AddAsync("embargo reads", Role.Analyst, "tests", Cancel);
        using HttpClient analyst = factory.CreateClient();
        analyst.DefaultRequestHeaders.Add("X-Api-Key", analystKey);
        using HttpClient anonymous = factory.CreateClient();
        const string Data = "/api/v1/indicators/population/data?areaType=postal-area&period=2009";

        using HttpResponseMessage seen = await analyst.GetAsync(Data, Cancel);
        using HttpResponseMessage hidden = await anonymous.GetAsync(Data, Cancel);
        using HttpResponseMessage availability = await analyst.GetAsync("/api/v1/indicators/population/availability", Cancel);

        Assert.True(seen.StatusCode == HttpStatusCode.OK, await seen.Content.ReadAsStringAsync(Cancel) + await availability.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("15500", await seen.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Contains("\"2009\"", await availability.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
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

    [Fact]
    public async Task GetImport_LocationOfACommittedUpload_GivesTheBatchWithItsCountsAndImporter()
    {
        using HttpResponseMessage upload = await client.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2013;16000\n00730;2013;6500\n"), Cancel);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        long id = (await upload.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.GetProperty("batchId").GetInt64();

        using HttpResponseMessage response = await client.GetAsync(upload.Headers.Location, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement batch = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.GetProperty("batch");
        Assert.Equal(id, batch.GetProperty("id").GetInt64());
        Assert.Equal("committed", batch.GetProperty("status").GetString());
        Assert.Equal("api-test", batch.GetProperty("source").GetString());
        Assert.Equal("upload.csv", batch.GetProperty("fileName").GetString());
        Assert.Equal(2, batch.GetProperty("rowsRead").GetInt64());
        Assert.Equal(2, batch.GetProperty("rowsImported").GetInt64());
        Assert.Equal(2, batch.GetProperty("currentRows").GetInt64());
        Assert.False(batch.GetProperty("partial").GetBoolean());
        Assert.StartsWith("key:", batch.GetProperty("importedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, batch.GetProperty("contentHash").GetString()!.Length);
        Assert.Equal(TimeSpan.Zero, batch.GetProperty("importedAt").GetDateTimeOffset().Offset);
        Assert.True(DateTimeOffset.UtcNow - batch.GetProperty("importedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(10));
        Assert.Equal(JsonValueKind.Null, batch.GetProperty("rolledBackAt").ValueKind);
    }

    [Fact]
    public async Task GetImport_PartialBatch_ListsItsRejectedRowsByLineUpToTheLimit()
    {
        using HttpResponseMessage upload = await client.PostAsync(
            "/api/v1/imports?allowPartial=true",
            Form("alue;vuosi;asukkaat\n00100;2012;15900\n00100;20x2;1\n00730;2o12;2\n00730;2012;6400\n99999;2012;3\n"),
            Cancel);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        using HttpResponseMessage response = await client.GetAsync(upload.Headers.Location + "?rejectedLimit=2", Cancel);

        JsonElement body = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
        Assert.True(body.GetProperty("batch").GetProperty("partial").GetBoolean());
        Assert.Equal(3, body.GetProperty("batch").GetProperty("rowsRejected").GetInt64());
        Assert.Equal(2, body.GetProperty("batch").GetProperty("rowsImported").GetInt64());
        JsonElement[] rejected = [.. body.GetProperty("rejected").EnumerateArray()];
        Assert.Equal([3, 4], rejected.Select(row => row.GetProperty("line").GetInt32()));
        Assert.Equal(["BAD_PERIOD", "BAD_PERIOD"], rejected.Select(row => row.GetProperty("code").GetString()));
        Assert.Equal(["20x2", "2o12"], rejected.Select(row => row.GetProperty("value").GetString()));
        Assert.Equal("column \"vuosi\"", rejected[0].GetProperty("location").GetString());
        Assert.Equal(1, body.GetProperty("rejectedNotShown").GetInt64());
    }

    [Fact]
    public async Task ListImports_AfterUploads_GivesEveryBatchNewestFirst()
    {
        using HttpResponseMessage first = await client.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2011;15800\n"), Cancel);
        using HttpResponseMessage second = await client.PostAsync("/api/v1/imports", Form("alue;vuosi;asukkaat\n00100;2010;15700\n"), Cancel);
        long firstId = (await first.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.GetProperty("batchId").GetInt64();
        long secondId = (await second.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.GetProperty("batchId").GetInt64();

        using HttpResponseMessage response = await client.GetAsync("/api/v1/imports", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        long[] ids = [.. (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.EnumerateArray().Select(batch => batch.GetProperty("id").GetInt64())];
        Assert.Contains(firstId, ids);
        Assert.True(Array.IndexOf(ids, secondId) < Array.IndexOf(ids, firstId), "The later batch comes first.");
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Theory]
    [InlineData("/api/v1/imports/987654", 404, "987654")]
    [InlineData("/api/v1/imports/not-a-batch", 404, "not-a-batch")]
    [InlineData("/api/v1/imports/1?rejectedLimit=-1", 400, "rejectedLimit")]
    [InlineData("/api/v1/imports/1?rejectedLimit=10001", 400, "10001")]
    public async Task GetImport_UnknownBatchOrBadLimit_AnswersProblemDetailsNamingIt(string path, int status, string named)
    {
        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetImport_AnalystKey_IsForbidden()
    {
        (_, string analystKey) = await new ApiKeyRepository(factory.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System).AddAsync("import reads", Role.Analyst, "tests", Cancel);
        using HttpClient analyst = factory.CreateClient();
        analyst.DefaultRequestHeaders.Add("X-Api-Key", analystKey);

        using HttpResponseMessage list = await analyst.GetAsync("/api/v1/imports", Cancel);
        using HttpResponseMessage one = await analyst.GetAsync("/api/v1/imports/1", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, one.StatusCode);
    }

    private static MultipartFormDataContent Form(string csv, string mapping = Mapping)
    {
        MultipartFormDataContent form = new();
        ByteArrayContent file = new(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "upload.csv");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(mapping)), "mapping", "mapping.json");
        return form;
    }
}
