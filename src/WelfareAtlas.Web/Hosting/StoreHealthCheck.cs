using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WelfareAtlas.Storage;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Healthy when the store answers a query and holds areas.</summary>
internal sealed class StoreHealthCheck(AtlasStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM areas";
        long areas = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return areas > 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The store holds no areas.");
    }
}
