using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, on a fresh store: what a browser needs (the in-memory
/// test server has no socket).
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("atlas-live-test-");
    private WebApplication? app;

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        app = AtlasWebApplication.Create(["--data-dir", dataDirectory.FullName, "--urls", "http://127.0.0.1:0", "--Store:LoadDemo", "false"]);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        dataDirectory.Delete(recursive: true);
    }
}
