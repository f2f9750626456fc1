using System.Globalization;
using WelfareAtlas.Import.Cubes;

namespace WelfareAtlas.Import.Px;

/// <summary>Reading the DATA section: dense (one value per cell) or KEYS (rows named by their stub values).</summary>
internal sealed partial class PxCubeBuilder
{
    private int dataPos;
    private int[] dimensionSizes = [];

    private Cube? ReadData(int dataOffset, List<CubeDimension> dimensions, int stubCount, CubeMetadata metadata)
    {
        dimensionSizes = [.. dimensions.Select(d => d.Categories.Count)];
        long total = 1;
        foreach (CubeDimension dimension in dimensions)
        {
            total *= dimension.Categories.Count;
            if (total > 50_000_000)
            {
                report.Error("PX_TOO_LARGE", "The table has more than 50 million cells, more than this reader holds in memory.", location: "DATA");
                return null;
            }
        }

        double?[] values = new double?[total];
        Dictionary<int, string> statuses = [];
        dataPos = dataOffset;
        List<PxEntry> keys = [.. entries.Where(e => e.Keyword == "KEYS" && e.Language is null && e.Subkeys.Count == 1)];
        bool ok = keys.Count == 0
            ? ReadDense(values, statuses)
            : ReadKeyed(keys, dimensions, stubCount, values, statuses);
        if (!ok)
        {
            return null;
        }

        SkipDataSeparators();
        if (dataPos >= text.Length)
        {
            (int line, int column) = lines.Locate(Math.Max(0, text.Length - 1));
            report.Warning("PX_DATA_UNTERMINATED", "DATA does not end with ';' (the file may be cut short).", line, column, "DATA");
        }
        else if (text[dataPos] == ';')
        {
            dataPos++;
        }

        ApplyCellNotes(dimensions, statuses);
        return new Cube(file, metadata, dimensions, values, statuses);
    }

    private bool ReadDense(double?[] values, Dictionary<int, string> statuses)
    {
        for (int index = 0; index < values.Length; index++)
        {
            if (!NextToken(out string token, out bool quoted, out int offset))
            {
                (int line, int column) = lines.Locate(Math.Max(0, Math.Min(offset, text.Length - 1)));
                report.Error("PX_DATA_COUNT", $"DATA ends after {index} values but the dimensions need {values.Length} ({DescribeSizes()}).", line, column, "DATA");
                return false;
            }

            StoreCell(token, quoted, offset, index, values, statuses);
        }

        return CheckNoExtraValues(values.Length);
    }

    private bool ReadKeyed(List<PxEntry> keys, List<CubeDimension> dimensions, int stubCount, double?[] values, Dictionary<int, string> statuses)
    {
        // KEYS variables must be the first stub variables: each data row starts with their values, then holds all
        // cells for the remaining stub variables and the heading.
        int keyCount = keys.Count;
        for (int k = 0; k < keyCount; k++)
        {
            if (k >= stubCount || !keys.Any(e => e.Subkeys[0] == dimensions[k].Label.Default))
            {
                Fail(keys[0], "PX_KEYS_ORDER", "KEYS must name the first STUB variables, in order.", keys[0].Subkeys[0]);
                return false;
            }
        }

        int rowLength = 1;
        for (int d = keyCount; d < dimensions.Count; d++)
        {
            rowLength *= dimensions[d].Categories.Count;
        }

        bool[] keyByCode = [.. Enumerable.Range(0, keyCount).Select(k => keys.First(e => e.Subkeys[0] == dimensions[k].Label.Default).FirstText.Equals("CODES", StringComparison.OrdinalIgnoreCase))];
        bool[] seenRows = new bool[values.Length / rowLength];
        while (true)
        {
            SkipDataSeparators();
            if (dataPos >= text.Length || text[dataPos] == ';')
            {
                break;
            }

            int rowStart = dataPos;
            int row = 0;
            bool rowOk = true;
            for (int k = 0; k < keyCount; k++)
            {
                if (!NextToken(out string key, out bool quoted, out int offset) || !quoted)
                {
                    ReportAt(offset, "PX_KEYS_ROW", $"A KEYS data row must start with {keyCount} quoted values of {string.Join(", ", dimensions.Take(keyCount).Select(d => d.Label.Default))}.", key);
                    return false;
                }

                int at = FindCategory(dimensions[k], key, keyByCode[k]);
                if (at < 0)
                {
                    ReportAt(offset, "PX_KEYS_UNKNOWN", $"\"{key}\" is not a {(keyByCode[k] ? "code" : "value")} of \"{dimensions[k].Label.Default}\".", key);
                    rowOk = false;
                }

                row = (row * dimensions[k].Categories.Count) + Math.Max(at, 0);
            }

            if (rowOk && seenRows[row])
            {
                ReportAt(rowStart, "PX_KEYS_DUPLICATE", "This KEYS row repeats an earlier row; it is ignored.", null);
                rowOk = false;
            }

            for (int j = 0; j < rowLength; j++)
            {
                if (!NextToken(out string token, out bool quoted, out int offset))
                {
                    ReportAt(offset, "PX_DATA_COUNT", $"A KEYS data row ends after {j} values; it needs {rowLength}.", null);
                    return false;
                }

                if (rowOk)
                {
                    StoreCell(token, quoted, offset, (row * rowLength) + j, values, statuses);
                }
            }

            if (rowOk)
            {
                seenRows[row] = true;
            }
        }

        // The PX format lets a KEYS file leave out rows whose cells are all zero.
        for (int row = 0; row < seenRows.Length; row++)
        {
            if (!seenRows[row])
            {
                Array.Fill(values, 0d, row * rowLength, rowLength);
            }
        }

        // Rows with bad keys were reported and skipped; the other rows stand.
        return true;
    }

    private static int FindCategory(CubeDimension dimension, string key, bool byCode)
    {
        for (int i = 0; i < dimension.Categories.Count; i++)
        {
            string candidate = byCode ? dimension.Categories[i].Code : dimension.Categories[i].Label.Default;
            if (string.Equals(candidate, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void StoreCell(string token, bool quoted, int offset, int index, double?[] values, Dictionary<int, string> statuses)
    {
        if (!quoted && double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            values[index] = number;
            return;
        }

        if (quoted || IsDotCode(token))
        {
            statuses[index] = token;
            return;
        }

        ReportAt(offset, "PX_BAD_NUMBER", $"\"{token}\" is neither a number (with '.' as the decimal point) nor a quoted symbol; the cell is left missing.", token);
    }

    private static bool IsDotCode(string token) => token == "-" || (token.Length is > 0 and <= 6 && token.All(c => c == '.'));

    private bool CheckNoExtraValues(int expected)
    {
        if (NextToken(out string token, out _, out int offset))
        {
            int extra = 1;
            while (NextToken(out _, out _, out _))
            {
                extra++;
            }

            ReportAt(offset, "PX_DATA_COUNT", $"DATA has {extra} more values than the {expected} the dimensions need ({DescribeSizes()}).", token);
            return false;
        }

        return true;
    }

    /// <summary>The next data token; false at ';' or the end of the file. Tokens are separated by white space or commas.</summary>
    private bool NextToken(out string token, out bool quoted, out int offset)
    {
        SkipDataSeparators();
        offset = dataPos;
        quoted = false;
        token = string.Empty;
        if (dataPos >= text.Length || text[dataPos] == ';')
        {
            return false;
        }

        if (text[dataPos] == '"')
        {
            int close = text.IndexOf('"', dataPos + 1);
            int lineEnd = text.IndexOfAny(['\r', '\n'], dataPos);
            if (close < 0 || (lineEnd >= 0 && close > lineEnd))
            {
                close = lineEnd < 0 ? text.Length : lineEnd;
                ReportAt(dataPos, "PX_UNCLOSED_QUOTE", "A quoted symbol in DATA has no closing quote on its line.", text[dataPos..close]);
                token = text[(dataPos + 1)..close];
                dataPos = close;
                quoted = true;
                return true;
            }

            token = text[(dataPos + 1)..close];
            dataPos = close + 1;
            quoted = true;
            return true;
        }

        int start = dataPos;
        while (dataPos < text.Length && !char.IsWhiteSpace(text[dataPos]) && text[dataPos] is not (',' or ';' or '"'))
        {
            dataPos++;
        }

        token = text[start..dataPos];
        return true;
    }

    private void SkipDataSeparators()
    {
        while (dataPos < text.Length && (char.IsWhiteSpace(text[dataPos]) || text[dataPos] == ','))
        {
            dataPos++;
        }
    }

    private void ReportAt(int offset, string code, string message, string? value)
    {
        (int line, int column) = lines.Locate(Math.Max(0, Math.Min(offset, text.Length - 1)));
        report.Error(code, message, line, column, "DATA", value);
    }

    private string DescribeSizes() =>
        string.Join(" × ", dimensionSizes.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}
