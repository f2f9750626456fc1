using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Forecasts;

/// <summary><c>atlas forecast</c>: forecasting tools for analysts' own data.</summary>
internal static class ForecastCommand
{
    public static Command Create(CliContext context)
    {
        Command command = new("forecast", "Forecasting on your own data (CSV). See docs/forecasting.md.");
        command.Subcommands.Add(ForecastBacktestCommand.Create(context));
        return command;
    }
}
