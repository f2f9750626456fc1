using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Batches;

/// <summary><c>atlas batches</c>: list, show and roll back import batches.</summary>
internal static class BatchesCommand
{
    public static Command Create(CliContext context)
    {
        Command command = new("batches", "List, show and roll back import batches.");
        command.Subcommands.Add(BatchesListCommand.Create(context));
        command.Subcommands.Add(BatchesShowCommand.Create(context));
        command.Subcommands.Add(BatchesRollbackCommand.Create(context));
        return command;
    }
}
