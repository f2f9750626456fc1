using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
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
                // DuckDB: the store's directory. PostgreSQL: the data directory holds only the keys that sign cookies
                // (docs/operations.md); given on the command line it is passed on, else the host finds it as it always
                // does (ATLAS_DATA_DIR, Store:DataDirectory, atlas-data), so a configured directory is not overridden.
                .. store.Provider == StoreProvider.Postgres
                    ? [.. context.GivenDataDirectory(parseResult) is { } keys ? (string[])["--data-dir", keys] : [], "--connection", store.Target]
                    : (string[])["--data-dir", store.Target],
                "--urls", parseResult.GetValue(urls)!,
                // A start that fails (a port already taken) is the one "atlas:" line on stderr (AtlasCli), not also the
                // host's error with its stack trace on stdout. A background service that fails still stops the host
                // with a critical entry that carries the exception.
                "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host", "Critical",
            ];
            WebApplication built;
            try
            {
                built = AtlasWebApplication.Create(args);
            }
            catch (Exception e) when (ConfigurationProblem(e) is { } problem)
            {
                // Building the app reads the configuration that is not bound as options: a ReverseProxy:KnownProxies
                // entry that is not an IP address stops it here, with a message naming the key.
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"the configuration is not valid: {problem}");
            }

            await using WebApplication app = built;
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (Exception e) when (ConfigurationProblem(e) is { } problem)
            {
                // ValidateOnStart checks the options before the server listens: nothing is served yet.
                await app.StopAsync(CancellationToken.None);
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"the configuration is not valid: {problem}");
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

    /// <summary>
    /// What is wrong with the configuration, when building or starting the app failed on it: a validation failure
    /// (<see cref="OptionsValidationException"/>, from ValidateOnStart), a value that does not convert to the option's
    /// type (an <see cref="InvalidOperationException"/> from the configuration binder) or a proxy that is not an IP address
    /// (one from <see cref="ReverseProxyOptions"/>), each naming the key; <see langword="null"/> for any other failure,
    /// which stays a failure of the program.
    /// </summary>
    private static string? ConfigurationProblem(Exception failure) => failure switch
    {
        OptionsValidationException validation => OneLine(string.Join(" ", validation.Failures)),
        InvalidOperationException invalid when ThrownBy(invalid, typeof(ConfigurationBinder)) || ThrownBy(invalid, typeof(ReverseProxyOptions)) => OneLine(invalid.Message),
        _ => null,
    };

    /// <summary>Whether a method of <paramref name="type"/> (or of a lambda's class nested in it) threw <paramref name="failure"/>.</summary>
    private static bool ThrownBy(Exception failure, Type type)
    {
        for (Type? declaring = failure.TargetSite?.DeclaringType; declaring is not null; declaring = declaring.DeclaringType)
        {
            if (declaring == type)
            {
                return true;
            }
        }

        return false;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
