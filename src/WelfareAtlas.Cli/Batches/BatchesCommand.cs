using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Batches;

/// <summary><c>atlas batches</c>: list, show and roll back import batches.</summary>
internal static class BatchesCommand
{
    public static Command Create(CliContext context)
    {
        Command command = new("batches", "List, show, roll back and publish import batches.");
        command.Subcommands.Add(BatchesListCommand.Create(context));
        command.Subcommands.Add(BatchesShowCommand.Create(context));
        command.Subcommands.Add(BatchesRollbackCommand.Create(context));
        command.Subcommands.Add(BatchesPublishCommand.Create(context));
        return command;
    }
}
