using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// The real web app in memory, on a real DuckDB store in a fresh temporary data directory, without the demo
/// deliveries (their import takes seconds; <see cref="AtlasDemoWebFactory"/> has them).
/// </summary>
public class AtlasWebFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("atlas-web-test-");

    /// <summary>The data directory the app was given.</summary>
    public string DataDirectory => dataDirectory.FullName;

    /// <summary>Whether the store's first start loads the demo.</summary>
    protected virtual bool LoadDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data-dir", DataDirectory);
        builder.UseSetting("Store:LoadDemo", LoadDemo ? "true" : "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        dataDirectory.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }
}
