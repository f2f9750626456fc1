using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>The real web app in memory in server mode: <c>--store postgres --connection …</c> on a fresh PostgreSQL schema.</summary>
public sealed class PostgresWebFactory(string connectionString, bool loadDemo) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("store", "postgres");
        builder.UseSetting("connection", connectionString);
        builder.UseSetting("Store:LoadDemo", loadDemo ? "true" : "false");
    }
}
