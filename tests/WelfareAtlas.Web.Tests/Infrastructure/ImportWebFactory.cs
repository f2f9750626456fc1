using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// The real web app on a fresh store, where a request's remote address is loopback unless the test sends
/// <see cref="RemoteAddressHeader"/> (the in-memory test server has no real connection to take it from).
/// </summary>
public sealed class ImportWebFactory : WebApplicationFactory<Program>
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("atlas-import-web-test-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data-dir", dataDirectory.FullName);
        builder.UseSetting("Store:LoadDemo", "false");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter()));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        dataDirectory.Delete(recursive: true);
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(RemoteAddressHeader, out Microsoft.Extensions.Primitives.StringValues address)
                    ? IPAddress.Parse(address.ToString())
                    : IPAddress.Loopback;
                await proceed(context);
            });
            next(app);
        };
    }
}
