using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Cli.Import;

/// <summary><c>atlas import FILE --mapping SPEC [--allow-partial] [--dry-run] [--no-compute]</c>.</summary>
internal static class ImportCommand
{
    // Below this a file imports in about a second; a progress bar would only flicker.
    private const long ProgressBarFromBytes = 20_000_000;

    public static Command Create(CliContext context)
    {
        Argument<FileInfo> file = new("file") { Description = "The delivered file: CSV, XLSX, PX or JSON-stat." };
        Option<FileInfo> mapping = new("--mapping") { Description = "The mapping spec (JSON, docs/import/mapping.md).", Required = true };
        Option<bool> allowPartial = new("--allow-partial") { Description = "Import the valid rows and keep the rejected ones with the reason, instead of rejecting the whole batch." };
        Option<bool> dryRun = new("--dry-run") { Description = "Read and check everything, write nothing." };
        Option<bool> noCompute = new("--no-compute")
        {
            Description = "Commit the batch without recomputing the cells of its indicators (for very large deliveries: run 'atlas compute' later; a server recomputes stale cells when it starts).",
        };
        Option<string?> publishAt = new("--publish-at") { Description = "Embargo: when the batch's data become public (ISO 8601, e.g. 2026-03-01T08:00:00Z); until then only analysts and above see them." };
        Command command = new("import", "Import a file into the store as one batch: all of it or none of it.") { file, mapping, allowPartial, dryRun, publishAt, noCompute };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            FileInfo input = parseResult.GetValue(file)!;
            FileInfo spec = parseResult.GetValue(mapping)!;
            foreach (FileInfo required in (FileInfo[])[input, spec])
            {
                if (!required.Exists)
                {
                    return CliContext.Fail(parseResult, ExitCodes.NotFound, $"there is no file {required.FullName}.");
                }
            }

            DateTime? embargo = null;
            if (parseResult.GetValue(publishAt) is { } text)
            {
                embargo = CliContext.ParseTime(text, out string? error);
                if (embargo is null)
                {
                    return CliContext.Fail(parseResult, ExitCodes.InvalidInput, error!);
                }
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            ImportRequest request = new(
                input.FullName,
                input.Name,
                await File.ReadAllBytesAsync(spec.FullName, cancellationToken),
                spec.Name,
                CliContext.Actor,
                parseResult.GetValue(allowPartial),
                parseResult.GetValue(dryRun),
                embargo);
            BatchImporter importer = new(store.DataSource, TimeProvider.System, recompute: !parseResult.GetValue(noCompute));
            ImportResult result = await RunAsync(importer, request, input, cancellationToken);
            return Report(parseResult, result, request);
        });
        return command;
    }

    private static async Task<ImportResult> RunAsync(BatchImporter importer, ImportRequest request, FileInfo input, CancellationToken cancellationToken)
    {
        if (Console.IsErrorRedirected || input.Length < ProgressBarFromBytes)
        {
            return await importer.ImportAsync(request, null, cancellationToken);
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ImportResult? result = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                StageBars bars = new(progress, input.Name, request.DryRun);
                result = await importer.ImportAsync(request, bars, cancellationToken);
                bars.Finish();
            });
        return result!;
    }

    /// <summary>
    /// One line of the progress display per stage: reading the file (a bar of its lines, for CSV), reading it again when the
    /// bulk path gave up part way (the first bar stays where it stopped), then checking and writing the batch and
    /// recomputing its cells and forecasts (bars without an end, which take as long as they take).
    /// </summary>
    /// <remarks>
    /// Hears the importer on the threads that do the work, in the order of its reports (<see cref="Progress{T}"/> would
    /// post them to the thread pool, where a count could arrive after the next stage has begun).
    /// </remarks>
    private sealed class StageBars(ProgressContext context, string fileName, bool dryRun) : IProgress<ImportProgress>
    {
        private readonly Lock gate = new();
        private ProgressTask? task;
        private ImportStage? stage;

        public void Report(ImportProgress value)
        {
            lock (gate)
            {
                if (value.Stage != stage)
                {
                    if (value.Stage != ImportStage.ReadingAgain)
                    {
                        // The stage before is done; a reading the bulk path gave up stays where it stopped.
                        Complete();
                    }

                    task?.StopTask();
                    bool reading = value.Stage is ImportStage.Reading or ImportStage.ReadingAgain;
                    task = context.AddTask(Describe(value.Stage), maxValue: reading && value.Lines is > 0 and var lines ? lines : 1);
                    task.IsIndeterminate = !reading || value.Lines is null;
                    stage = value.Stage;
                }

                if (!task!.IsIndeterminate)
                {
                    // A bar of the file's lines; one without an end stays below its maximum, or Spectre draws it full.
                    task.Value = Math.Min(value.RowsRead, task.MaxValue);
                }
            }
        }

        /// <summary>Fills and stops the last stage's bar once the import has returned.</summary>
        public void Finish()
        {
            lock (gate)
            {
                Complete();
                task?.StopTask();
            }
        }

        private void Complete()
        {
            if (task is not null)
            {
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
            }
        }

        private string Describe(ImportStage next) => next switch
        {
            ImportStage.Reading => $"Reading {Markup.Escape(fileName)}",
            ImportStage.ReadingAgain => $"Reading {Markup.Escape(fileName)} again, row by row",
            ImportStage.Committing => dryRun ? "Checking the batch (a dry run: nothing is written)" : "Checking and writing the batch",
            _ => "Recomputing the cells and forecasts",
        };
    }

    private static int Report(ParseResult parseResult, ImportResult result, ImportRequest request)
    {
        TextWriter output = parseResult.InvocationConfiguration.Output;
        TextWriter error = parseResult.InvocationConfiguration.Error;
        foreach (ImportProblem problem in result.Problems)
        {
            error.WriteLine(problem.ToString());
        }

        if (result.ProblemsNotShown > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {result.ProblemsNotShown} more problems not shown."));
        }

        string counts = string.Create(
            CultureInfo.InvariantCulture,
            $"{result.RowsRead} rows read, {result.RowsImported} imported, {result.RowsRejected} rejected, {result.RowsSkipped} skipped by the mapping, {result.RowsDerived} derived, {result.RowsSuperseded} superseded, {result.Elapsed.TotalSeconds:0.0} s");
        // Nothing was written: the rows that passed are "valid", not imported, and derived and superseded rows are only
        // worked out by a commit (a dry run's "0 derived" read as if the crosswalk would give nothing).
        string checkedCounts = string.Create(
            CultureInfo.InvariantCulture,
            $"{result.RowsRead} rows read, {result.RowsImported} valid, {result.RowsRejected} rejected, {result.RowsSkipped} skipped by the mapping, {result.Elapsed.TotalSeconds:0.0} s");
        switch (result.Status)
        {
            case ImportStatus.Committed:
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Committed batch {result.BatchId} from {request.FileName}: {counts}."));
                output.WriteLine(result.Recompute is { } run
                    ? string.Create(CultureInfo.InvariantCulture, $"Compute run {run.Id}: {run.Indicators} indicator(s), {run.Cells} cells in {run.Duration.TotalSeconds:0.0} s.")
                    : result.RecomputeFailure is null
                        ? "Cells not recomputed (--no-compute): 'atlas compute' updates them; a server does it when it starts."
                        : "Cells not recomputed.");
                return result.RecomputeFailure is { } failure
                    ? CliContext.RecomputeFailed(parseResult, string.Create(CultureInfo.InvariantCulture, $"batch {result.BatchId} is committed"), "the import", result.Recompute is not null, failure)
                    : ExitCodes.Success;
            case ImportStatus.DryRunPassed:
                output.WriteLine($"Dry run of {request.FileName}: nothing written; {checkedCounts}. A commit would store the valid rows, with the rows derived from them (crosswalk, sums up the area hierarchy).");
                return ExitCodes.Success;
            case ImportStatus.AlreadyImported:
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{request.FileName} is already imported as batch {result.BatchId} (the same content by the same mapping); nothing done."));
                return ExitCodes.AlreadyImported;
            case ImportStatus.InvalidMapping:
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"the mapping {request.MappingName} does not fit {request.FileName} (problems above); nothing written.");
            case ImportStatus.Unreadable:
                return CliContext.Fail(parseResult, ExitCodes.ImportRejected, $"{request.FileName} cannot be read (problems above); nothing written.");
            default:
                return CliContext.Fail(parseResult, ExitCodes.ImportRejected, $"{request.FileName} rejected: {checkedCounts}; nothing written. Fix the rows above, or import the valid ones with --allow-partial.");
        }
    }
}
