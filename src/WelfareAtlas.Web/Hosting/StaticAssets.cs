using Microsoft.Extensions.FileProviders;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Serves <c>wwwroot</c> from the app's output folder, wherever the process was started.</summary>
/// <remarks>
/// The build copies <c>wwwroot</c> (our own files and the npm packages in <c>wwwroot/lib</c>) next to the
/// assembly; a project that references this one (the CLI, the tests) gets the same copy, so
/// <c>dotnet run</c>, <c>atlas serve</c> and the tests serve identical files.
/// </remarks>
internal static class StaticAssets
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static IApplicationBuilder UseAtlasStaticAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Root),
            OnPrepareResponse = context =>
            {
                // Library files change only with a package upgrade; our own files are revalidated.
                bool isLibrary = context.Context.Request.Path.StartsWithSegments("/lib", StringComparison.Ordinal);
                context.Context.Response.Headers.CacheControl = isLibrary ? "public, max-age=86400" : "no-cache";
            },
        });
}
