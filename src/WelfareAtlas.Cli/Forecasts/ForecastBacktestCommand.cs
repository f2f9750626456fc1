using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Cli.Stats;
using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Cli.Forecasts;

/// <summary>
/// <c>atlas forecast backtest --input IN.csv --id-column C --time-column year [--columns …] [--holdout 3] --output OUT.csv</c>:
/// holds out the last years of every series in a wide table (one row per id and year, one column per indicator),
/// forecasts them and reports MASE against the naive forecast and interval coverage.
/// </summary>
internal static class ForecastBacktestCommand
{
    public static Command Create(CliContext context)
    {
        Option<FileInfo> input = new("--input") { Description = "A CSV with one row per series id and year.", Required = true };
        Option<FileInfo> output = new("--output") { Description = "Where to write one row per series with its scores.", Required = true };
        Option<string> idColumn = new("--id-column") { Description = "The column naming the series (e.g. kunta_code).", Required = true };
        Option<string> timeColumn = new("--time-column") { Description = "The column with the year.", DefaultValueFactory = _ => "year" };
        Option<string[]> columns = new("--columns") { Description = "Value columns to test (default: every column but the id, time and text columns).", AllowMultipleArgumentsPerToken = true };
        Option<int> holdout = new("--holdout") { Description = "Years held out at the end of each series (1 or more).", DefaultValueFactory = _ => 3 };
        holdout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"--holdout must be 1 or more, not {result.GetValueOrDefault<int>().ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        Command command = new("backtest", "Hold out the last years of every series, forecast them, and score the forecasts.")
        {
            input, output, idColumn, timeColumn, columns, holdout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            Stopwatch clock = Stopwatch.StartNew();
            FileInfo inputFile = parseResult.GetValue(input)!;
            if (!inputFile.Exists)
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"no such file: {inputFile.FullName}");
            }

            ReadReport report = new(inputFile.FullName);
            CsvSource? source = await CsvFileReader.OpenAsync(inputFile.FullName, CsvReadOptions.Detect, report, cancellationToken);
            if (source is null)
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, (report.Problems.Count > 0 ? report.Problems[0].ToString() : null) ?? $"{inputFile.FullName} is not a CSV table.");
            }

            int idIndex = source.ColumnIndex(parseResult.GetValue(idColumn)!);
            int timeIndex = source.ColumnIndex(parseResult.GetValue(timeColumn)!);
            if (idIndex < 0 || timeIndex < 0)
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"{inputFile.Name} has no column '{(idIndex < 0 ? parseResult.GetValue(idColumn) : parseResult.GetValue(timeColumn))}'.");
            }

            List<TabularRow> rows = [];
            await foreach (TabularRow row in source.ReadRowsAsync(cancellationToken))
            {
                rows.Add(row);
            }

            string[] requested = parseResult.GetValue(columns) ?? [];
            List<int> valueColumns = requested.Length > 0
                ? [.. requested.Select(source.ColumnIndex)]
                : [.. Enumerable.Range(0, source.Header.Count).Where(c => c != idIndex && c != timeIndex && IsNumericColumn(rows, c, source.DecimalSeparator))];
            if (valueColumns.Contains(-1))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"{inputFile.Name} lacks a column named in --columns.");
            }

            int held = parseResult.GetValue(holdout);
            // The ids and column names come from the input file: CsvTable quotes delimiters, quotes and line ends and
            // neutralises a cell a spreadsheet would run as a formula (an id such as =HYPERLINK(…)).
            List<IReadOnlyList<string>> lines = [];
            List<HoldoutResult> results = [];
            foreach (IGrouping<string, TabularRow> series in rows.GroupBy(r => r.Cells[idIndex]))
            {
                List<(int Year, TabularRow Row)> byYear = [.. series
                    .Select(r => (Ok: int.TryParse(r.Cells[timeIndex], NumberStyles.None, CultureInfo.InvariantCulture, out int year), Year: year, Row: r))
                    .Where(x => x.Ok)
                    .Select(x => (x.Year, x.Row))
                    .OrderBy(x => x.Year)];
                foreach (int column in valueColumns)
                {
                    double[] values = TrailingRun(byYear, column, source.DecimalSeparator);
                    ForecastScale scale = ScaleOf(source.Header[column], values);
                    double divisor = scale == ForecastScale.Proportion ? 100 : 1;
                    if (HoldoutBacktest.Run([.. values.Select(v => v / divisor)], scale, held) is not { } result)
                    {
                        continue;
                    }

                    results.Add(result);
                    lines.Add([series.Key, source.Header[column], scale.ToString(), Invariant(result.Training), Invariant(result.Held), result.Model.ToString(),
                        Invariant(result.Mase), Invariant(result.NaiveMase), result.BeatsNaive ? "true" : "false", Invariant(result.Inside80), Invariant(result.Inside95)]);
                }
            }

            CsvTable table = new(["id", "column", "scale", "training", "held", "model", "mase", "naive_mase", "beats_naive", "inside80", "inside95"], lines);
            await using (StreamWriter writer = new(parseResult.GetValue(output)!.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                table.Write(writer);
            }

            TextWriter console = parseResult.InvocationConfiguration.Output;
            if (results.Count == 0)
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"no series in {inputFile.Name} has {SeriesForecaster.MinimumPoints + held} consecutive years with values.");
            }

            double[] mase = [.. results.Select(r => r.Mase).Order()];
            double[] naive = [.. results.Select(r => r.NaiveMase).Order()];
            int forecasts = results.Sum(r => r.Held);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} series, {forecasts} forecasts held out ({held} per series), {clock.Elapsed.TotalSeconds:0.0} s"));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MASE: median {Median(mase):0.000}, mean {mase.Average():0.000}; naive: median {Median(naive):0.000}, mean {naive.Average():0.000}"));
            int beats = results.Count(r => r.BeatsNaive && Math.Abs(r.Mase - r.NaiveMase) > 0.001 * r.NaiveMase);

            // A forecast within 0.1 % of naive's error (smoothing with α near 1 is the naive forecast) is a tie.
            int ties = results.Count(r => Math.Abs(r.Mase - r.NaiveMase) <= 0.001 * r.NaiveMase);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"against naive: better in {beats} series ({100.0 * beats / results.Count:0.0} %), tied in {ties}, worse in {results.Count - beats - ties}"));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coverage: 80 % intervals {100.0 * results.Sum(r => r.Inside80) / forecasts:0.0} %, 95 % intervals {100.0 * results.Sum(r => r.Inside95) / forecasts:0.0} %"));
            foreach (IGrouping<SmoothingModel, HoldoutResult> model in results.GroupBy(r => r.Model).OrderBy(g => g.Key))
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {model.Key}: {model.Count()} series, median MASE {Median([.. model.Select(r => r.Mase).Order()]):0.000}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The values of the last run of consecutive years that all have a number in <paramref name="column"/>.</summary>
    private static double[] TrailingRun(List<(int Year, TabularRow Row)> byYear, int column, DecimalSeparator separator)
    {
        List<double> run = [];
        int? nextYear = null;
        for (int i = byYear.Count - 1; i >= 0; i--)
        {
            (int year, TabularRow row) = byYear[i];
            double value = double.NaN;
            bool ok = column < row.Cells.Count && TabularNumbers.TryParse(row.Cells[column], separator, out value) && double.IsFinite(value);
            if (!ok || (nextYear is { } expected && year != expected))
            {
                if (run.Count > 0)
                {
                    break;
                }

                continue;
            }

            run.Add(value);
            nextYear = year - 1;
        }

        run.Reverse();
        return [.. run];
    }

    /// <summary>Percentages (a % in the column name and values within 0–100) are proportions; other non-negative columns are non-negative.</summary>
    private static ForecastScale ScaleOf(string name, double[] values) =>
        values.Length == 0 || values.Any(v => v < 0) ? ForecastScale.Unbounded
        : name.Contains('%', StringComparison.Ordinal) && values.All(v => v <= 100) ? ForecastScale.Proportion
        : ForecastScale.NonNegative;

    private static bool IsNumericColumn(List<TabularRow> rows, int column, DecimalSeparator separator) =>
        rows.Any(r => column < r.Cells.Count && TabularNumbers.TryParse(r.Cells[column], separator, out _))
        && rows.All(r => column >= r.Cells.Count || r.Cells[column].Length == 0 || TabularNumbers.IsMissingMarker(r.Cells[column]) || TabularNumbers.TryParse(r.Cells[column], separator, out _));

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
