using System.Data.Common;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>The README's run command on a fresh machine: the first start loads the demo through the importer.</summary>
public sealed class DemoFirstStartTests(AtlasDemoWebFactory factory) : IClassFixture<AtlasDemoWebFactory>
{
    [Fact]
    public async Task FirstStart_ImportsEveryDemoDeliveryAsACommittedBatch()
    {
        HttpResponseMessage health = await factory.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        health.EnsureSuccessStatusCode();

        AtlasStore store = factory.Services.GetRequiredService<AtlasStore>();
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        (string Source, string Status, long Rejected)[] batches = [.. await connection.QueryAsync<(string, string, long)>(
            "SELECT source, status, rows_rejected FROM import_batches ORDER BY id")];

        // 16 deliveries: 12 synthetic (DEMO_…) and 4 from real data (population estimates by postal area and by
        // sub-district, Paavo-derived rates, THL's Sotkanet extract by municipality).
        Assert.Equal(16, batches.Length);
        Assert.Equal("sotkanet-municipalities", batches[^1].Source);
        Assert.All(batches, b => Assert.Equal("committed", b.Status));
        Assert.All(batches, b => Assert.Equal(0, b.Rejected));
        Assert.Equal(12, batches.Count(b => b.Source.StartsWith("demo-", StringComparison.Ordinal)));

        // Postal-area deliveries of counts are aggregated to the district hierarchy; every observation has its batch.
        long subDistrictChat = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = 'sub-district' AND o.indicator_id LIKE 'youth-chat%'");
        Assert.True(subDistrictChat > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM observations WHERE batch_id IS NULL"));
    }
}
