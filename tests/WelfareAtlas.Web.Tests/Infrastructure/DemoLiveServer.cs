using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(DemoLiveServer))]

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port with the demo loaded as on a user's first start (the demo import
/// and the first compute run take a while, so the whole test assembly shares one).
/// </summary>
public sealed class DemoLiveServer : IAsyncLifetime
{
    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("atlas-demo-live-test-");
    private WebApplication? app;

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client for the server's API.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask InitializeAsync()
    {
        app = AtlasWebApplication.Create(["--data-dir", dataDirectory.FullName, "--urls", "http://127.0.0.1:0", "--Store:LoadDemo", "true"]);
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
