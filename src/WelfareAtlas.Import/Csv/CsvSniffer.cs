using System.Buffers;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;

namespace WelfareAtlas.Import.Csv;

/// <summary>Detects the delimiter, the header line and the decimal separator from the first part of a file.</summary>
internal static class CsvSniffer
{
    /// <summary>Candidate delimiters, in order of preference when they tie.</summary>
    public static readonly char[] Delimiters = [';', ',', '\t', '|'];

    /// <summary>How many records detection inspects (the first ones, the header among them).</summary>
    public const int RecordsToInspect = 100;

    private static readonly SearchValues<char> IntegerPart = SearchValues.Create("0123456789 \u00A0");

    /// <summary>The records of <paramref name="sample"/> split with <paramref name="delimiter"/>; the last one is dropped when the sample is cut.</summary>
    public static async Task<List<CsvRecord>> RecordsAsync(string sample, char delimiter, bool isWholeFile, int maxFieldLength, CancellationToken cancellationToken)
    {
        // Problems in the sample are found again, with the same positions, when the rows are read.
        ReadReport ignored = new("sample");
        CsvTokenizer tokenizer = new(new StringReader(sample), delimiter, maxFieldLength, ignored);
        List<CsvRecord> records = [];
        while (records.Count <= RecordsToInspect && await tokenizer.ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            records.Add(record);
        }

        if (!isWholeFile && records.Count > 1 && records.Count <= RecordsToInspect)
        {
            records.RemoveAt(records.Count - 1);
        }

        return records;
    }

    /// <summary>
    /// How well <paramref name="records"/> fit one table: the number of field count most records share (at least 2),
    /// and how many records have it. Blank lines do not count.
    /// </summary>
    public static (int Fields, int Support) Consistency(List<CsvRecord> records)
    {
        var best = records.Where(r => !r.IsBlank).GroupBy(r => r.Fields.Count)
            .Select(g => (Fields: g.Key, Support: g.Count()))
            .OrderByDescending(g => g.Support).ThenByDescending(g => g.Fields)
            .FirstOrDefault();
        return best.Fields < 2 ? (best.Fields, 0) : best;
    }

    /// <summary>The delimiter that splits the sample most consistently; <c>,</c> when none splits it at all.</summary>
    public static async Task<char> DetectDelimiterAsync(string sample, bool isWholeFile, int maxFieldLength, CancellationToken cancellationToken)
    {
        char chosen = ',';
        int bestSupport = 0;
        int bestFields = 0;
        foreach (char candidate in Delimiters)
        {
            (int fields, int support) = Consistency(await RecordsAsync(sample, candidate, isWholeFile, maxFieldLength, cancellationToken).ConfigureAwait(false));
            if (support > bestSupport || (support == bestSupport && support > 0 && fields > bestFields))
            {
                (chosen, bestSupport, bestFields) = (candidate, support, fields);
            }
        }

        return chosen;
    }

    /// <summary>
    /// The 1-based line of the header: the first non-blank record with the table's field count (skipping a title
    /// line and blank lines, as PxWeb exports have). 1 when nothing fits better.
    /// </summary>
    public static int DetectHeaderLine(List<CsvRecord> records)
    {
        (int fields, int support) = Consistency(records);
        if (support == 0)
        {
            return records.FirstOrDefault(r => !r.IsBlank)?.Line ?? 1;
        }

        return records.First(r => !r.IsBlank && r.Fields.Count == fields).Line;
    }

    /// <summary>Decimal comma when more data cells look like <c>12,5</c> than like <c>12.5</c>; else decimal point.</summary>
    public static DecimalSeparator DetectDecimalSeparator(IEnumerable<CsvRecord> dataRecords)
    {
        int comma = 0;
        int point = 0;
        foreach (string cell in dataRecords.SelectMany(r => r.Fields))
        {
            switch (DecimalShape(cell.AsSpan().Trim()))
            {
                case ',':
                    comma++;
                    break;
                case '.':
                    point++;
                    break;
            }
        }

        return comma > point ? DecimalSeparator.Comma : DecimalSeparator.Point;
    }

    /// <summary>The separator in a cell shaped <c>-?digits sep digits</c>, or '\0'.</summary>
    private static char DecimalShape(ReadOnlySpan<char> cell)
    {
        if (cell.Length > 0 && (cell[0] == '-' || cell[0] == '\u2212'))
        {
            cell = cell[1..];
        }

        int at = cell.IndexOfAny('.', ',');
        if (at <= 0 || at == cell.Length - 1)
        {
            return '\0';
        }

        return !cell[..at].ContainsAnyExcept(IntegerPart) && !cell[(at + 1)..].ContainsAnyExceptInRange('0', '9') ? cell[at] : '\0';
    }
}
