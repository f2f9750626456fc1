using Microsoft.AspNetCore.Hosting;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// The app as deployed: the Production environment, where ASP.NET Core behaves otherwise than in Development (the
/// environment <see cref="AtlasWebFactory"/> runs in), for example in what a request it cannot bind answers.
/// </summary>
public sealed class ProductionWebFactory : AtlasWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
