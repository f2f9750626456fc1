using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Cli.Hosting;

/// <summary><c>atlas serve [--urls URL]</c>: runs the dashboard and API, exactly as <c>dotnet run --project src/WelfareAtlas.Web</c> does.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        Option<string> urls = new("--urls")
        {
            Description = "Where to listen (default http://localhost:5080).",
            DefaultValueFactory = _ => AtlasConfiguration.DefaultUrl,
        };
        Command command = new("serve", "Serve the dashboard and the API on the store.") { urls };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            StoreLocation store = context.ResolveStore(parseResult);
            string[] args =
            [
                "--store", store.Provider.ToSlug(),
                store.Provider == StoreProvider.Postgres ? "--connection" : "--data-dir", store.Target,
                "--urls", parseResult.GetValue(urls)!,
                // A start that fails (a port already taken) is the one "atlas:" line on stderr (AtlasCli), not also the
                // host's error with its stack trace on stdout. A background service that fails still stops the host
                // with a critical entry that carries the exception.
                "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host", "Critical",
            ];
            await using WebApplication app = AtlasWebApplication.Create(args);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch
            {
                // Stopped before it is disposed: its background services, already running, end as stopped, not as
                // failed (the host reports a service cancelled by its disposal alone as a crash).
                await app.StopAsync(CancellationToken.None);
                throw;
            }

            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
