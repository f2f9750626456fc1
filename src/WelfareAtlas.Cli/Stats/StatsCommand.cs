using System.CommandLine;
using System.Globalization;
using System.Text;

namespace WelfareAtlas.Cli.Stats;

/// <summary>
/// <c>atlas stats proportion|rate|dsr|isr|mean --input IN.csv --output OUT.csv [--confidence 95,99.8] [--multiplier N]</c>:
/// the statistics engine on analysts' own CSV files. Formats: docs/statistics/cli.md.
/// </summary>
internal static class StatsCommand
{
    /// <summary>Builds the <c>stats</c> command and its subcommands.</summary>
    internal static Command Create()
    {
        var stats = new Command("stats", "Confidence intervals for your own data (CSV in, CSV out). See docs/statistics/cli.md.");
        stats.Subcommands.Add(Subcommand("proportion", "Proportions with Wilson score intervals: columns numerator, denominator; one output row per input row.", StatsCsvProcessor.Proportion));
        stats.Subcommands.Add(Subcommand("rate", "Crude rates with exact (< 10 events) or Byars intervals: columns numerator, denominator; default per 100 000.", StatsCsvProcessor.Rate));
        stats.Subcommands.Add(DsrSubcommand());
        stats.Subcommands.Add(IsrSubcommand());
        stats.Subcommands.Add(Subcommand("mean", "Means with Student's t intervals: column value, optional group.", StatsCsvProcessor.Mean));
        return stats;
    }

    private static Command DsrSubcommand()
    {
        var nonIndependent = new Option<bool>("--non-independent")
        {
            Description = "Events that one person can have more than once: columns ageband, eventfreq, numerator (people with that many events), denominator, standard_population.",
        };
        return Subcommand(
            "dsr",
            "Directly standardised rates (Dobson): numerator, denominator, optional standard_population (ESP 2013 by default), optional group.",
            StatsCsvProcessor.DirectlyStandardised,
            nonIndependent,
            (table, options, parseResult) => parseResult.GetValue(nonIndependent)
                ? StatsCsvProcessor.DirectlyStandardisedNonIndependent(table, options)
                : StatsCsvProcessor.DirectlyStandardised(table, options));
    }

    private static Command IsrSubcommand()
    {
        var rate = new Option<bool>("--rate") { Description = "An indirectly standardised rate (per --multiplier, default 100 000) instead of a ratio (× --multiplier, default 1)." };
        Command command = Subcommand(
            "isr",
            "Indirectly standardised ratios or rates: numerator, denominator, reference_numerator, reference_denominator, optional group.",
            (table, options) => StatsCsvProcessor.IndirectlyStandardised(table, options, asRate: false),
            rate,
            (table, options, parseResult) => StatsCsvProcessor.IndirectlyStandardised(table, options, parseResult.GetValue(rate)));
        return command;
    }

    private static Command Subcommand(string name, string description, Func<CsvTable, StatsOptions, StatsRun> process) =>
        Subcommand(name, description, process, null, null);

    private static Command Subcommand(
        string name,
        string description,
        Func<CsvTable, StatsOptions, StatsRun> process,
        Option? extra,
        Func<CsvTable, StatsOptions, ParseResult, StatsRun>? processWithParse)
    {
        var input = new Option<FileInfo>("--input") { Description = "The input CSV (UTF-8, comma-separated, header row).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "The output CSV; overwritten.", Required = true };
        var confidence = new Option<string>("--confidence") { Description = "Levels to write: 95, 99.8 or 95,99.8 (default both)." };
        var multiplier = new Option<double?>("--multiplier") { Description = "Scale of the values, e.g. 100 for percentages; the method's default when omitted." };
        var command = new Command(name, description) { input, output, confidence, multiplier };
        if (extra is not null)
        {
            command.Options.Add(extra);
        }

        command.SetAction(parseResult =>
        {
            TextWriter errors = parseResult.InvocationConfiguration.Error;
            if (!StatsOptions.TryParseConfidence(parseResult.GetValue(confidence), out bool include95, out bool include998, out string? error))
            {
                errors.WriteLine($"atlas: {error}");
                return 2;
            }

            var options = new StatsOptions(include95, include998, parseResult.GetValue(multiplier));
            return Run(parseResult.GetValue(input)!, parseResult.GetValue(output)!, errors, table =>
                processWithParse is null ? process(table, options) : processWithParse(table, options, parseResult));
        });
        return command;
    }

    /// <summary>Reads, processes and writes; reports to <paramref name="errors"/> (each line starting "atlas: ", as every command's). Returns the exit code.</summary>
    internal static int Run(FileInfo input, FileInfo output, TextWriter errors, Func<CsvTable, StatsRun> process)
    {
        if (!input.Exists)
        {
            errors.WriteLine($"atlas: input file '{input.FullName}' does not exist.");
            return 2;
        }

        CsvTable table;
        using (var reader = new StreamReader(input.FullName, Encoding.UTF8))
        {
            table = CsvTable.Read(reader);
        }

        StatsRun run = process(table);
        if (run.Output is null)
        {
            errors.WriteLine($"atlas: {input.Name}: {run.Problem}");
            return run.ExitCode;
        }

        using (var writer = new StreamWriter(output.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            run.Output.Write(writer);
        }

        if (run.FailedRows > 0)
        {
            errors.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"atlas: {run.FailedRows} of {run.Output.Rows.Count} rows could not be computed; see the 'error' column of {output.Name}."));
        }

        return run.ExitCode;
    }
}
