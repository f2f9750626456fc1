using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Areas;

/// <summary><c>atlas areas</c>: the group of area commands.</summary>
internal static class AreasCommand
{
    public static Command Create(CliContext context)
    {
        Command command = new("areas", "List and show the statistical areas in the store, or add a division from an area file.");
        command.Subcommands.Add(AreasListCommand.Create(context));
        command.Subcommands.Add(AreasShowCommand.Create(context));
        command.Subcommands.Add(AreasImportCommand.Create(context));
        return command;
    }
}
