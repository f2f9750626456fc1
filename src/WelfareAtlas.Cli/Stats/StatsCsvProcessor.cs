using System.Globalization;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Cli.Stats;

/// <summary>
/// The CSV processing behind <c>atlas stats</c>: reads analysts' tables, calls the Core statistics and writes the
/// results with invariant-culture numbers. Per-row methods (proportion, rate) keep every input column and add the
/// results; grouped methods (dsr, isr, mean) write one row per group. A bad row is reported in the <c>error</c> column.
/// </summary>
internal static class StatsCsvProcessor
{
    public const string GroupColumn = "group";

    private static readonly string[] IsrColumns = ["numerator", "denominator", "reference_numerator", "reference_denominator"];

    public static StatsRun Proportion(CsvTable input, StatsOptions options) =>
        PerRow(input, options, (x, n, multiplier) => WelfareAtlas.Statistics.ConfidenceIntervals.Proportion.Compute(x, n, multiplier ?? 1));

    public static StatsRun Rate(CsvTable input, StatsOptions options) =>
        PerRow(input, options, (x, n, multiplier) => CrudeRate.Compute(x, n, multiplier ?? CrudeRate.DefaultMultiplier));

    public static StatsRun Mean(CsvTable input, StatsOptions options)
    {
        int valueColumn = input.IndexOf("value");
        if (valueColumn < 0)
        {
            return StatsRun.Unusable("the input has no 'value' column");
        }

        return Grouped(input, options, ["count"], rows =>
        {
            var values = new List<double>(rows.Count);
            foreach ((IReadOnlyList<string> row, int line) in rows)
            {
                if (!TryReadNumber(row, valueColumn, "value", line, out double value, out string? error))
                {
                    return (null, [string.Empty], error);
                }

                values.Add(value);
            }

            StatisticResult<MeanEstimate> result = WelfareAtlas.Statistics.ConfidenceIntervals.Mean.Compute(values);
            return result.IsSuccess
                ? (result.Value.Estimate, [Format(result.Value.Count)], null)
                : (null, [Format(values.Count)], result.Error.Message);
        });
    }

    public static StatsRun DirectlyStandardised(CsvTable input, StatsOptions options)
    {
        int numerator = input.IndexOf("numerator");
        int denominator = input.IndexOf("denominator");
        int standard = input.IndexOf("standard_population");
        if (numerator < 0 || denominator < 0)
        {
            return StatsRun.Unusable("the input needs 'numerator' and 'denominator' columns (and optionally 'standard_population')");
        }

        return Grouped(input, options, ["total_count", "total_population"], rows =>
        {
            if (standard < 0 && rows.Count != EuropeanStandardPopulation.Esp2013.Count)
            {
                return (null, [string.Empty, string.Empty],
                    $"without a standard_population column the group needs the {EuropeanStandardPopulation.Esp2013.Count} age bands of the European Standard Population 2013 (0-4 to 90+) in order; it has {rows.Count} rows");
            }

            var bands = new List<StandardisationBand>(rows.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                (IReadOnlyList<string> row, int line) = rows[i];
                if (!TryReadNumber(row, numerator, "numerator", line, out double x, out string? error)
                    || !TryReadNumber(row, denominator, "denominator", line, out double n, out error))
                {
                    return (null, [string.Empty, string.Empty], error);
                }

                double weight = EuropeanStandardPopulation.Esp2013.ElementAtOrDefault(i);
                if (standard >= 0 && !TryReadNumber(row, standard, "standard_population", line, out weight, out error))
                {
                    return (null, [string.Empty, string.Empty], error);
                }

                bands.Add(new StandardisationBand(x, n, weight));
            }

            StatisticResult<DirectlyStandardisedRateResult> result =
                DirectlyStandardisedRate.Compute(bands, options.Multiplier ?? CrudeRate.DefaultMultiplier);
            if (!result.IsSuccess)
            {
                return (null, [string.Empty, string.Empty], result.Error.Message);
            }

            string[] totals = [Format(result.Value.TotalCount), Format(result.Value.TotalPopulation)];
            return (result.Value.Estimate, totals, result.Value.Suppression?.Message);
        });
    }

    public static StatsRun DirectlyStandardisedNonIndependent(CsvTable input, StatsOptions options)
    {
        int ageBand = input.IndexOf("ageband");
        int frequency = input.IndexOf("eventfreq");
        int numerator = input.IndexOf("numerator");
        int denominator = input.IndexOf("denominator");
        int standard = input.IndexOf("standard_population");
        if (ageBand < 0 || frequency < 0 || numerator < 0 || denominator < 0 || standard < 0)
        {
            return StatsRun.Unusable(
                "with --non-independent the input needs 'ageband', 'eventfreq', 'numerator', 'denominator' and 'standard_population' columns");
        }

        return Grouped(input, options, ["total_count", "total_population"], rows =>
        {
            var bands = new List<NonIndependentStandardisationBand>(rows.Count);
            foreach ((IReadOnlyList<string> row, int line) in rows)
            {
                string band = ageBand < row.Count ? row[ageBand].Trim() : string.Empty;
                if (band.Length == 0)
                {
                    return (null, [string.Empty, string.Empty], $"line {line}: ageband is missing");
                }

                if (!TryReadNumber(row, frequency, "eventfreq", line, out double f, out string? error)
                    || !TryReadNumber(row, numerator, "numerator", line, out double x, out error)
                    || !TryReadNumber(row, denominator, "denominator", line, out double n, out error)
                    || !TryReadNumber(row, standard, "standard_population", line, out double weight, out error))
                {
                    return (null, [string.Empty, string.Empty], error);
                }

                bands.Add(new NonIndependentStandardisationBand(band, f, x, n, weight));
            }

            StatisticResult<DirectlyStandardisedRateResult> result =
                DirectlyStandardisedRate.ComputeNonIndependent(bands, options.Multiplier ?? CrudeRate.DefaultMultiplier);
            if (!result.IsSuccess)
            {
                return (null, [string.Empty, string.Empty], result.Error.Message);
            }

            string[] totals = [Format(result.Value.TotalCount), Format(result.Value.TotalPopulation)];
            return (result.Value.Estimate, totals, result.Value.Suppression?.Message);
        });
    }

    public static StatsRun IndirectlyStandardised(CsvTable input, StatsOptions options, bool asRate)
    {
        int[] columns = [.. IsrColumns.Select(input.IndexOf)];
        if (columns.Any(c => c < 0))
        {
            return StatsRun.Unusable("the input needs 'numerator', 'denominator', 'reference_numerator' and 'reference_denominator' columns");
        }

        return Grouped(input, options, ["observed", "expected"], rows =>
        {
            var bands = new List<IndirectStandardisationBand>(rows.Count);
            foreach ((IReadOnlyList<string> row, int line) in rows)
            {
                double[] values = new double[4];
                for (int c = 0; c < 4; c++)
                {
                    if (!TryReadNumber(row, columns[c], IsrColumns[c], line, out values[c], out string? error))
                    {
                        return (null, [string.Empty, string.Empty], error);
                    }
                }

                bands.Add(new IndirectStandardisationBand(values[0], values[1], values[2], values[3]));
            }

            StatisticResult<IndirectStandardisationResult> result = asRate
                ? WelfareAtlas.Statistics.ConfidenceIntervals.IndirectlyStandardised.Rate(bands, options.Multiplier ?? CrudeRate.DefaultMultiplier)
                : WelfareAtlas.Statistics.ConfidenceIntervals.IndirectlyStandardised.Ratio(bands, options.Multiplier ?? 1);
            return result.IsSuccess
                ? (result.Value.Estimate, [Format(result.Value.Observed), Format(result.Value.Expected)], null)
                : (null, [string.Empty, string.Empty], result.Error.Message);
        });
    }

    private static StatsRun PerRow(CsvTable input, StatsOptions options, Func<double, double, double?, StatisticResult<Estimate>> compute)
    {
        int numerator = input.IndexOf("numerator");
        int denominator = input.IndexOf("denominator");
        if (numerator < 0 || denominator < 0)
        {
            return StatsRun.Unusable("the input needs 'numerator' and 'denominator' columns");
        }

        List<string> header = [.. input.Header, .. ResultColumns(options)];
        var rows = new List<IReadOnlyList<string>>(input.Rows.Count);
        int failed = 0;
        for (int r = 0; r < input.Rows.Count; r++)
        {
            IReadOnlyList<string> row = input.Rows[r];
            int line = input.LineOf(r);
            List<string> cells = [.. Enumerable.Range(0, input.Header.Count).Select(c => c < row.Count ? row[c] : string.Empty)];
            string? error;
            Estimate? estimate = null;
            if (TryReadNumber(row, numerator, "numerator", line, out double x, out error)
                && TryReadNumber(row, denominator, "denominator", line, out double n, out error))
            {
                StatisticResult<Estimate> result = compute(x, n, options.Multiplier);
                estimate = result.Value;
                error = result.Error?.Message;
            }

            cells.AddRange(ResultCells(estimate, options, error));
            failed += estimate is null ? 1 : 0;
            rows.Add(cells);
        }

        return new StatsRun(new CsvTable(header, rows), failed);
    }

    private static StatsRun Grouped(
        CsvTable input,
        StatsOptions options,
        string[] summaryColumns,
        Func<List<(IReadOnlyList<string> Row, int Line)>, (Estimate? Estimate, string[] Summary, string? Error)> compute)
    {
        int groupColumn = input.IndexOf(GroupColumn);
        var groups = new List<(string Key, List<(IReadOnlyList<string>, int)> Rows)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < input.Rows.Count; r++)
        {
            IReadOnlyList<string> row = input.Rows[r];
            string key = groupColumn >= 0 && groupColumn < row.Count ? row[groupColumn] : string.Empty;
            if (!byKey.TryGetValue(key, out int index))
            {
                index = groups.Count;
                byKey[key] = index;
                groups.Add((key, []));
            }

            groups[index].Rows.Add((row, input.LineOf(r)));
        }

        List<string> header = [GroupColumn, .. summaryColumns, .. ResultColumns(options)];
        var rows = new List<IReadOnlyList<string>>(groups.Count);
        int failed = 0;
        foreach ((string key, List<(IReadOnlyList<string>, int)> groupRows) in groups)
        {
            (Estimate? estimate, string[] summary, string? error) = compute(groupRows);
            failed += estimate is null ? 1 : 0;
            rows.Add([key, .. summary, .. ResultCells(estimate, options, error)]);
        }

        return new StatsRun(new CsvTable(header, rows), failed);
    }

    private static IEnumerable<string> ResultColumns(StatsOptions options)
    {
        yield return "value";
        if (options.Include95)
        {
            yield return "lower95";
            yield return "upper95";
        }

        if (options.Include998)
        {
            yield return "lower99_8";
            yield return "upper99_8";
        }

        yield return "method";
        yield return "error";
    }

    private static IEnumerable<string> ResultCells(Estimate? estimate, StatsOptions options, string? error)
    {
        yield return estimate is null ? string.Empty : Format(estimate.Value);
        if (options.Include95)
        {
            yield return Format(estimate?.Ci95?.Lower);
            yield return Format(estimate?.Ci95?.Upper);
        }

        if (options.Include998)
        {
            yield return Format(estimate?.Ci998?.Lower);
            yield return Format(estimate?.Ci998?.Upper);
        }

        yield return estimate is null ? string.Empty : MethodName(estimate.Method);
        yield return error ?? string.Empty;
    }

    private static bool TryReadNumber(IReadOnlyList<string> row, int column, string name, int line, out double value, out string? error)
    {
        string text = column < row.Count ? row[column].Trim() : string.Empty;
        if (text.Length == 0)
        {
            value = double.NaN;
            error = $"line {line}: {name} is missing";
            return false;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            error = $"line {line}: {name} '{text}' is not a number (use a point for decimals, no thousands separators)";
            return false;
        }

        error = null;
        return true;
    }

    internal static string Format(double? value) =>
        value is double number ? number.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    internal static string MethodName(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson",
        IntervalMethod.ExactPoisson => "Exact",
        IntervalMethod.Byars => "Byars",
        IntervalMethod.Dobson => "Dobson",
        IntervalMethod.DobsonNonIndependent => "Dobson, non-independent events",
        IntervalMethod.StudentT => "Student's t",
        IntervalMethod.SourceGiven => "given by the source",
        IntervalMethod.None => "none",
        _ => method.ToString(),
    };
}
