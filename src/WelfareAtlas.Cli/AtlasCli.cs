using System.CommandLine;
using System.Data.Common;
using WelfareAtlas.Cli.Access;
using WelfareAtlas.Cli.Areas;
using WelfareAtlas.Cli.Auditing;
using WelfareAtlas.Cli.Batches;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Cli.Compute;
using WelfareAtlas.Cli.Demo;
using WelfareAtlas.Cli.Forecasts;
using WelfareAtlas.Cli.Hosting;
using WelfareAtlas.Cli.Import;
using WelfareAtlas.Cli.Reports;
using WelfareAtlas.Cli.Stats;
using WelfareAtlas.Cli.Store;
using WelfareAtlas.Storage;

namespace WelfareAtlas.Cli;

/// <summary>The <c>atlas</c> command line: parses, runs one command, and turns failures into one-line errors and exit codes.</summary>
internal static class AtlasCli
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand CreateRoot(CliContext context)
    {
        RootCommand root = new("Welfare Atlas: regional welfare profiles of a city's areas.");
        root.Options.Add(context.DataDirectory);
        root.Options.Add(context.Store);
        root.Options.Add(context.Connection);
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(ExportStoreCommand.Create(context));
        root.Subcommands.Add(ImportStoreCommand.Create(context));
        root.Subcommands.Add(AreasCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(BatchesCommand.Create(context));
        root.Subcommands.Add(ComputeCommand.Create(context));
        root.Subcommands.Add(ForecastCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        return root;
    }

    /// <summary>Runs <paramref name="args"/>; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        RootCommand root = CreateRoot(new CliContext(environment));
        ParseResult parseResult = root.Parse(args);
        InvocationConfiguration invocation = new() { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parseResult.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"atlas: {parseError.Message}");
            }

            await error.WriteLineAsync("Try 'atlas --help'.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (StoreLocationException e)
        {
            // A connection string that cannot be read as given: the input's fault, not the store's.
            await error.WriteLineAsync($"atlas: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (StoreException e)
        {
            await error.WriteLineAsync($"atlas: {e.Message}");
            return ExitCodes.StoreUnavailable;
        }
        catch (DbException e)
        {
            // DuckDB's or PostgreSQL's own error, for example a lost connection to the server.
            await error.WriteLineAsync($"atlas: the store failed: {e.Message.Split('\n', 2)[0]}");
            return ExitCodes.StoreUnavailable;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("atlas: cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file or directory that cannot be read or written (an output path in a directory that does not exist, a
            // port already taken by another server): .NET's message names the path or the address.
            await error.WriteLineAsync($"atlas: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
