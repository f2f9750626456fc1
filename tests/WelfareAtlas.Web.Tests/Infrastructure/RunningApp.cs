using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>The real app on Kestrel at a free loopback port on a fresh store in a temp directory: what a browser needs (the in-memory test server has no socket).</summary>
public abstract class RunningApp : IAsyncLifetime
{
    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("atlas-live-test-");
    private WebApplication? app;

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Whether the store is created with the demo, as on a user's first start.</summary>
    protected abstract bool LoadDemo { get; }

    /// <summary>The app's services, for tests that check the API's answers against the store.</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>A client for the server's API.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask InitializeAsync()
    {
        app = AtlasWebApplication.Create(["--data-dir", dataDirectory.FullName, "--urls", "http://127.0.0.1:0", "--Store:LoadDemo", LoadDemo ? "true" : "false"]);
        await app.StartAsync();
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await OnStartedAsync();
    }

    /// <summary>Runs after the app has started, before the first test uses it.</summary>
    protected virtual ValueTask OnStartedAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        dataDirectory.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }
}
