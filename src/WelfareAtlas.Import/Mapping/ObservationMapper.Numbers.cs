using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Mapping;

/// <summary>The numbers of one observation and their checks.</summary>
public sealed partial class ObservationMapper
{
    /// <summary>
    /// The largest magnitude a number cell may have, 10^15: beyond any count, population or amount in euros of a welfare
    /// statistic, so a larger one is taken for a broken cell (digits run together) and reported (<c>NUMBER_TOO_LARGE</c>).
    /// It also keeps the sums the store derives, which add their terms as decimals with 9 places (docs/import/pipeline.md,
    /// "Derived rows are exact"), far below what such a decimal holds (10^29).
    /// </summary>
    public const double LargestNumber = 1e15;

    private enum NumberState
    {
        Absent,
        Number,
        Suppressed,
        Missing,
        Bad,
        TooLarge,
    }

    private Observation? ReadNumbers(
        SourceRow row,
        ValueColumns columns,
        IndicatorId id,
        AreaCode areaCode,
        Period observationPeriod,
        Breakdown rowBreakdown,
        Measure measure,
        List<ImportProblem> problems)
    {
        int before = problems.Count;
        (NumberState State, double? Number, string? Symbol) numerator = Parse(row, columns.Numerator, problems);
        (NumberState State, double? Number, string? Symbol) denominator = Parse(row, columns.Denominator, problems);
        (NumberState State, double? Number, string? Symbol) value = Parse(row, columns.Value, problems);
        (NumberState State, double? Number, string? Symbol) lower = Parse(row, columns.Lower, problems);
        (NumberState State, double? Number, string? Symbol) upper = Parse(row, columns.Upper, problems);
        if (problems.Count > before)
        {
            return null;
        }

        (NumberState State, double? Number, string? Symbol)[] all = [numerator, denominator, value, lower, upper];
        if (all.FirstOrDefault(n => n.State == NumberState.Suppressed) is { State: NumberState.Suppressed } withheld)
        {
            return new Observation(id, areaCode, observationPeriod, rowBreakdown, null, null, Status: ObservationStatus.SuppressedBySource, SourceSymbol: withheld.Symbol);
        }

        NumberState primary = columns.Numerator is not null ? numerator.State : value.State;
        if (primary != NumberState.Number)
        {
            string? symbol = all.Select(n => n.Symbol).FirstOrDefault(s => !string.IsNullOrEmpty(s));
            return new Observation(id, areaCode, observationPeriod, rowBreakdown, null, null, Status: ObservationStatus.Missing, SourceSymbol: symbol);
        }

        if (numerator.Number < 0 || denominator.Number < 0)
        {
            bool numeratorNegative = numerator.Number < 0;
            Column column = numeratorNegative ? columns.Numerator! : columns.Denominator!;
            problems.Add(Problem("NEGATIVE_COUNT", $"A count cannot be negative ({column.Name} of {id.Value}).", row, column, column.Raw(row)));
            return null;
        }

        if (measure == Measure.Proportion && numerator.Number > denominator.Number)
        {
            problems.Add(Problem(
                "NUMERATOR_ABOVE_DENOMINATOR",
                string.Create(CultureInfo.InvariantCulture, $"{id.Value} is a proportion, but its numerator {numerator.Number} is above its denominator {denominator.Number}."),
                row,
                columns.Numerator,
                columns.Numerator!.Raw(row)));
            return null;
        }

        double checkedNumber = value.Number ?? numerator.Number!.Value;
        if (checkedNumber < columns.Spec.Min || checkedNumber > columns.Spec.Max)
        {
            Column column = columns.Value ?? columns.Numerator!;
            problems.Add(Problem(
                "OUT_OF_RANGE",
                string.Create(CultureInfo.InvariantCulture, $"{checkedNumber} is outside the declared range {columns.Spec.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} to {columns.Spec.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"} of {id.Value}."),
                row,
                column,
                column.Raw(row)));
            return null;
        }

        if (value.Number is { } given && (lower.Number > given || upper.Number < given))
        {
            Column column = lower.Number > given ? columns.Lower! : columns.Upper!;
            problems.Add(Problem("LIMITS_AROUND_VALUE", string.Create(CultureInfo.InvariantCulture, $"The limits {lower.Number} to {upper.Number} do not enclose the value {given}."), row, column, column.Raw(row)));
            return null;
        }

        // A cube cell's status beside its number (a JSON-stat estimate) stays with the number as its source symbol.
        int cubeValue = row.Cells.Count - 1;
        string? status = row.ValueStatus is not null && (columns.Primary?.Index == cubeValue || columns.Denominator?.Index == cubeValue) ? row.ValueStatus : null;
        return new Observation(id, areaCode, observationPeriod, rowBreakdown, numerator.Number, denominator.Number, value.Number, lower.Number, upper.Number, SourceSymbol: status);
    }

    private (NumberState State, double? Number, string? Symbol) Parse(SourceRow row, Column? column, List<ImportProblem> problems)
    {
        if (column is null)
        {
            return (NumberState.Absent, null, null);
        }

        (NumberState State, double? Number, string? Symbol) parsed = ParseNumber(column.Raw(row));
        if (parsed.State == NumberState.TooLarge)
        {
            string text = column.Raw(row).Trim();
            problems.Add(Problem(
                "NUMBER_TOO_LARGE",
                $"\"{ImportProblem.Shorten(text)}\" is larger than any number of a welfare statistic (numbers below 10^15 are read): a broken cell?",
                row,
                column,
                text));
        }
        else if (parsed.State == NumberState.Bad)
        {
            string text = column.Raw(row).Trim();
            string expected = separator == DecimalSeparator.Comma ? "a number with a decimal comma" : "a number with a decimal point";
            problems.Add(Problem("CELL_NOT_NUMBER", $"\"{ImportProblem.Shorten(text)}\" is not {expected}, nor a declared suppression or missing marker.", row, column, text));
        }

        return parsed;
    }

    /// <summary>What the text of a number cell holds: a number, a suppression or missing marker (with the marker), or nothing valid.</summary>
    private (NumberState State, double? Number, string? Symbol) ParseNumber(string cell)
    {
        string text = cell.Trim();
        if (suppressed.Contains(text))
        {
            return (NumberState.Suppressed, null, text);
        }

        if (missing.Contains(text) || TabularNumbers.IsMissingMarker(text))
        {
            return (NumberState.Missing, null, text.Length == 0 ? null : text);
        }

        if (TabularNumbers.TryParse(text, separator, out double number) && double.IsFinite(number))
        {
            return Math.Abs(number) < LargestNumber ? (NumberState.Number, number, null) : (NumberState.TooLarge, null, null);
        }

        return (NumberState.Bad, null, null);
    }
}
