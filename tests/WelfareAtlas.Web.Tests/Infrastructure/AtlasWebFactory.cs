using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>The real web app in memory, on a real DuckDB store in a fresh temporary data directory.</summary>
public sealed class AtlasWebFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("atlas-web-test-");

    /// <summary>The data directory the app was given.</summary>
    public string DataDirectory => dataDirectory.FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("data-dir", DataDirectory);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        dataDirectory.Delete(recursive: true);
    }
}
