using WelfareAtlas.Web.Hosting;

await AtlasWebApplication.Create(args).RunAsync();

/// <summary>The web app's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
