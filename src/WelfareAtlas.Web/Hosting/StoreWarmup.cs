using WelfareAtlas.Storage;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Opens the store at start-up, so a broken store stops the start with its reason instead of failing the first request.</summary>
internal sealed class StoreWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<AtlasStore>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
