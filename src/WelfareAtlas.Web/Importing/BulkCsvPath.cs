using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.Mapping;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage.Batches.Bulk;

namespace WelfareAtlas.Web.Importing;

/// <summary>
/// Whether a file can take the bulk CSV path, and the mapping's meaning of single texts in the form the store asks for
/// (<see cref="Storage.Batches.ImportBatchWriter.StageCsvAsync"/>; docs/import/pipeline.md).
/// </summary>
internal static class BulkCsvPath
{
    private const int Utf8CodePage = 65001;

    /// <summary>
    /// The bulk mapping of <paramref name="table"/>, or <see langword="null"/> with the reason when only the streaming
    /// path reads it as it must be read: not CSV, not UTF-8, no header line, line ends or characters the streaming reader
    /// treats its own way, or a values entry whose own indicator is not catalogued (the streaming path reports it).
    /// </summary>
    public static BulkCsvMapping? Describe(string path, SourceTable table, ObservationMapper mapper, CsvFileScan scan, out string? reason)
    {
        reason = null;
        if (table.Csv is not { } csv)
        {
            reason = "not a CSV file";
            return null;
        }

        if (csv.Encoding.Encoding.CodePage != Utf8CodePage || csv.HeaderLine < 1)
        {
            reason = "not UTF-8, or no header line";
            return null;
        }

        if (scan.HasLoneCarriageReturn || scan.HasReplacementCharacter || scan.FirstOddQuoteLine <= csv.HeaderLine)
        {
            reason = "carriage returns without line feeds, U+FFFD characters, or a quoted field over several lines before the data";
            return null;
        }

        MappingColumns columns = mapper.Columns;
        List<BulkValues> values = [];
        foreach (MappingValueColumns entry in columns.Values)
        {
            (IndicatorId Id, Measure Measure)? own = null;
            if (entry.Indicator is { } text && (own = mapper.CataloguedIndicator(text)) is null)
            {
                reason = "a values entry names an indicator that is not in the catalogue";
                return null;
            }

            values.Add(new BulkValues(entry.Numerator, entry.Denominator, entry.Value, entry.Lower, entry.Upper, entry.Min, entry.Max, own, entry.Period));
        }

        bool rowIndicatorNeeded = columns.Values.Any(v => v.Indicator is null);
        return new BulkCsvMapping
        {
            File = new BulkCsvFile(path, csv.Delimiter, csv.HeaderLine, csv.Header.Count, scan.Lines, scan.HasQuotes),
            Where = columns.Where,
            Allows = mapper.Allows,
            Area = columns.Area,
            AreaOf = cell => mapper.AreaOf(cell) switch
            {
                { Outcome: MappedTextOutcome.Skip } => new BulkArea(true, null),
                { Outcome: MappedTextOutcome.Value } area => new BulkArea(false, area.Value),
                _ => new BulkArea(false, null),
            },
            Indicator = columns.Indicator,
            IndicatorOf = cell =>
            {
                MappedText<string> text = mapper.IndicatorTextOf(cell);
                if (text.Outcome != MappedTextOutcome.Value)
                {
                    return new BulkIndicator(text.Outcome == MappedTextOutcome.Skip, text.Outcome == MappedTextOutcome.Problem, null, default);
                }

                (IndicatorId Id, Measure Measure)? catalogued = mapper.CataloguedIndicator(text.Value);
                return new BulkIndicator(false, rowIndicatorNeeded && catalogued is null, catalogued?.Id, catalogued?.Measure ?? default);
            },
            Period = columns.Period,
            PeriodOf = cell => mapper.PeriodOf(cell) is { Outcome: MappedTextOutcome.Value } period ? period.Value : null,
            Sex = columns.Sex,
            Age = columns.Age,
            Breakdown = columns.Breakdown,
            BreakdownOf = (sex, age, breakdown) => mapper.BreakdownOf(sex, age, breakdown) is { Outcome: MappedTextOutcome.Value } mapped ? mapped.Value : null,
            NumberOf = cell =>
            {
                MappedNumber number = mapper.NumberOf(cell);
                return new BulkNumber(number.Kind == MappedNumberKind.Bad, number.Kind == MappedNumberKind.Suppressed, number.Number, number.Symbol);
            },
            Values = values,
        };
    }
}
