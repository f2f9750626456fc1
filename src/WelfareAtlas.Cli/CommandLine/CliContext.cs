using System.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Cli.CommandLine;

/// <summary>What every command shares: the global options and the process environment, read in one place.</summary>
/// <param name="Environment">Looks up an environment variable; tests pass their own.</param>
internal sealed record CliContext(Func<string, string?> Environment)
{
    /// <summary><c>--data-dir</c>: where the store lives; on every command.</summary>
    public Option<string?> DataDirectory { get; } = new("--data-dir")
    {
        Description = $"The data directory holding the store (default: ${AtlasConfiguration.DataDirectoryVariable}, else ./{StoreOptions.DefaultDataDirectory}).",
        Recursive = true,
    };

    /// <summary>The data directory: <c>--data-dir</c>, else <c>ATLAS_DATA_DIR</c>, else <c>atlas-data</c>.</summary>
    public string ResolveDataDirectory(ParseResult parseResult)
    {
        string? fromOption = parseResult.GetValue(DataDirectory);
        if (!string.IsNullOrWhiteSpace(fromOption))
        {
            return fromOption;
        }

        string? fromEnvironment = Environment(AtlasConfiguration.DataDirectoryVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? StoreOptions.DefaultDataDirectory : fromEnvironment;
    }

    /// <summary>Writes a one-line error, prefixed with the program name, and returns <paramref name="exitCode"/>.</summary>
    public static int Fail(ParseResult parseResult, int exitCode, string message)
    {
        parseResult.InvocationConfiguration.Error.WriteLine($"atlas: {message}");
        return exitCode;
    }
}
