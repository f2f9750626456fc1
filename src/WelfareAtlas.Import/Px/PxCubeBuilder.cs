using System.Globalization;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Px;

/// <summary>Turns parsed PX entries into cube metadata and dimensions, then reads DATA (see the Data partial).</summary>
internal sealed partial class PxCubeBuilder
{
    private readonly string file;
    private readonly string text;
    private readonly LineMap lines;
    private readonly ReadReport report;
    private readonly List<PxEntry> entries = [];
    private readonly Dictionary<string, PxEntry> byKey = new(StringComparer.Ordinal);
    private readonly string? defaultLanguage;
    private readonly List<string> languages;
    private bool structuralError;

    public PxCubeBuilder(string file, string text, LineMap lines, List<PxEntry> parsed, ReadReport report)
    {
        this.file = file;
        this.text = text;
        this.lines = lines;
        this.report = report;
        defaultLanguage = parsed.FirstOrDefault(e => e.Keyword == "LANGUAGE" && e.Language is null)?.FirstText;
        languages = [.. parsed.FirstOrDefault(e => e.Keyword == "LANGUAGES" && e.Language is null)?.Strings ?? []];
        HashSet<string> known = [.. languages];
        if (defaultLanguage is not null)
        {
            known.Add(defaultLanguage);
        }

        foreach (PxEntry entry in parsed)
        {
            if (entry.Language is not null && known.Count > 0 && !known.Contains(entry.Language))
            {
                Warn(entry, "PX_UNKNOWN_LANGUAGE", $"{entry.Keyword}[{entry.Language}] uses a language that LANGUAGE/LANGUAGES do not declare; the entry is ignored.", entry.Language);
                continue;
            }

            string key = Key(entry.Keyword, entry.Language == defaultLanguage ? null : entry.Language, entry.Subkeys);
            if (!byKey.TryAdd(key, entry))
            {
                Warn(entry, "PX_DUPLICATE_KEYWORD", $"{entry.Keyword} is given twice for the same subkeys; the first is used.", entry.Keyword);
                continue;
            }

            entries.Add(entry);
        }
    }

    public Cube? Build(int dataOffset)
    {
        IReadOnlyList<string> stub = Get("STUB")?.Strings ?? [];
        IReadOnlyList<string> heading = Get("HEADING")?.Strings ?? [];
        List<string> variables = [.. stub, .. heading];
        if (variables.Count == 0)
        {
            report.Error("PX_NO_VARIABLES", "The file has neither STUB nor HEADING, so it has no dimensions.", location: "STUB");
            structuralError = true;
        }

        foreach (IGrouping<string, string> duplicate in variables.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            report.Error("PX_DUPLICATE_VARIABLE", $"Variable \"{duplicate.Key}\" appears more than once in STUB/HEADING.", location: "STUB", value: duplicate.Key);
            structuralError = true;
        }

        WarnAboutUnknownVariables(variables);
        List<CubeDimension> dimensions = [];
        for (int i = 0; i < variables.Count; i++)
        {
            CubeDimension? dimension = BuildDimension(variables[i], i, i < stub.Count, i < stub.Count ? i : i - stub.Count);
            if (dimension is not null)
            {
                dimensions.Add(dimension);
            }
        }

        if (dataOffset < 0)
        {
            report.Error("PX_NO_DATA", "The file has no DATA keyword, so it has no values.", location: "DATA");
            return null;
        }

        if (structuralError)
        {
            return null;
        }

        CubeMetadata metadata = BuildMetadata();
        return ReadData(dataOffset, dimensions, stub.Count, metadata);
    }

    private CubeDimension? BuildDimension(string variable, int index, bool inStub, int position)
    {
        PxEntry? valuesEntry = Get("VALUES", null, variable);
        if (valuesEntry is null || valuesEntry.Strings.Count == 0)
        {
            report.Error("PX_NO_VALUES", $"Variable \"{variable}\" (in {(inStub ? "STUB" : "HEADING")}) has no VALUES(\"{variable}\") list.", location: $"VALUES(\"{variable}\")", value: variable);
            structuralError = true;
            return null;
        }

        IReadOnlyList<string> values = valuesEntry.Strings;
        IReadOnlyList<string>? codes = Get("CODES", null, variable)?.Strings;
        if (codes is not null && codes.Count != values.Count)
        {
            Warn(Get("CODES", null, variable)!, "PX_CODES_COUNT", $"CODES(\"{variable}\") has {codes.Count} codes for {values.Count} values; values without a code use their text as the code.", variable);
        }

        // Per-language names of this variable and its values: STUB[sv]/HEADING[sv] at the same position, then VALUES[sv]("name in sv").
        Dictionary<string, string> names = new(StringComparer.Ordinal);
        List<Dictionary<string, string>> valueNames = [.. values.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];
        if (defaultLanguage is not null)
        {
            names[defaultLanguage] = variable;
            for (int v = 0; v < values.Count; v++)
            {
                valueNames[v][defaultLanguage] = values[v];
            }
        }

        foreach (string language in languages.Where(l => l != defaultLanguage))
        {
            IReadOnlyList<string>? translated = Get(inStub ? "STUB" : "HEADING", language)?.Strings;
            if (translated is null || position >= translated.Count)
            {
                continue;
            }

            names[language] = translated[position];
            IReadOnlyList<string>? translatedValues = Get("VALUES", language, translated[position])?.Strings;
            if (translatedValues is null)
            {
                continue;
            }

            if (translatedValues.Count != values.Count)
            {
                Warn(Get("VALUES", language, translated[position])!, "PX_TRANSLATION_COUNT", $"VALUES[{language}](\"{translated[position]}\") has {translatedValues.Count} values but the default language has {values.Count}; the translation is ignored.", translated[position]);
                continue;
            }

            for (int v = 0; v < values.Count; v++)
            {
                valueNames[v][language] = translatedValues[v];
            }
        }

        List<string> categoryCodes = [];
        HashSet<string> seen = new(StringComparer.Ordinal);
        for (int v = 0; v < values.Count; v++)
        {
            string code = codes is not null && v < codes.Count && codes[v].Length > 0 ? codes[v] : values[v];
            if (!seen.Add(code))
            {
                Fail(valuesEntry, "PX_DUPLICATE_CODE", $"Variable \"{variable}\" has the code \"{code}\" twice.", code);
            }

            categoryCodes.Add(code);
        }

        Dictionary<string, List<string>> children = ReadHierarchy(variable, categoryCodes, values);
        List<CubeCategory> categories = [];
        for (int v = 0; v < values.Count; v++)
        {
            PxEntry? precision = Get("PRECISION", null, variable, values[v]);
            categories.Add(new CubeCategory(categoryCodes[v], new CubeText(values[v], valueNames[v]))
            {
                Precision = precision is null ? null : ParseInt(precision, "PRECISION"),
                Unit = ContentUnit(variable, values[v]),
                Children = children.TryGetValue(categoryCodes[v], out List<string>? list) ? list : [],
            });
        }

        (DimensionRole role, string? scale) = RoleOf(variable, values);
        PxEntry? elimination = Get("ELIMINATION", null, variable);
        string? eliminationCode = null;
        bool canEliminate = false;
        if (elimination is not null)
        {
            PxToken first = elimination.Items.Count > 0 ? elimination.Items[0] : default;
            if (first.Kind == PxTokenKind.Bare)
            {
                canEliminate = first.Text.Equals("YES", StringComparison.OrdinalIgnoreCase);
            }
            else if (first.Kind == PxTokenKind.String)
            {
                int at = values.ToList().IndexOf(first.Text);
                if (at < 0)
                {
                    Warn(elimination, "PX_ELIMINATION_VALUE", $"ELIMINATION(\"{variable}\") names \"{first.Text}\", which is not one of its VALUES.", first.Text);
                }
                else
                {
                    canEliminate = true;
                    eliminationCode = categories[at].Code;
                }
            }
        }

        string id = Get("VARIABLECODE", null, variable)?.FirstText is { Length: > 0 } variableCode ? variableCode : variable;
        return new CubeDimension(id, new CubeText(variable, names), role, categories)
        {
            TimeScale = scale,
            CanEliminate = canEliminate,
            EliminationCode = eliminationCode,
        };
    }

    /// <summary>
    /// <c>HIERARCHIES("var")="root","root":"child",…</c> as child codes per parent code. Items name values by code
    /// (as PX-Web writes them) or, failing that, by value text.
    /// </summary>
    private Dictionary<string, List<string>> ReadHierarchy(string variable, List<string> codes, IReadOnlyList<string> values)
    {
        Dictionary<string, List<string>> children = new(StringComparer.Ordinal);
        PxEntry? entry = Get("HIERARCHIES", null, variable);
        if (entry is null)
        {
            return children;
        }

        string? Resolve(string name)
        {
            int at = codes.IndexOf(name);
            if (at < 0)
            {
                at = values.ToList().IndexOf(name);
            }

            if (at < 0)
            {
                Warn(entry, "PX_HIERARCHY_VALUE", $"HIERARCHIES(\"{variable}\") names \"{name}\", which is neither a code nor a value of the variable.", name);
                return null;
            }

            return codes[at];
        }

        IReadOnlyList<PxToken> items = entry.Items;
        for (int i = 0; i + 2 < items.Count; i++)
        {
            if (items[i].Kind == PxTokenKind.String && items[i + 1].Kind == PxTokenKind.Colon && items[i + 2].Kind == PxTokenKind.String
                && Resolve(items[i].Text) is { } parent && Resolve(items[i + 2].Text) is { } child)
            {
                (children.TryGetValue(parent, out List<string>? list) ? list : children[parent] = []).Add(child);
            }
        }

        return children;
    }

    private (DimensionRole Role, string? Scale) RoleOf(string variable, IReadOnlyList<string> values)
    {
        PxEntry? timeval = Get("TIMEVAL", null, variable);
        if (timeval is not null)
        {
            string? scale = timeval.Items.FirstOrDefault(t => t.Kind == PxTokenKind.TimeList).Text;
            IReadOnlyList<string> periods = timeval.Strings;
            bool isRange = timeval.Items.Any(t => t.Kind == PxTokenKind.Dash);
            // TIMEVAL writes its periods in the TLIST format ("20041" for 2004Q1), not as VALUES or CODES spell them, so
            // only the number of periods can disagree; comparing the texts warned about every correct quarterly file.
            if (!isRange && periods.Count > 0 && periods.Count != values.Count)
            {
                Warn(timeval, "PX_TIMEVAL_MISMATCH", $"TIMEVAL(\"{variable}\") lists {periods.Count} periods ({string.Join(",", periods.Take(5))}) but VALUES(\"{variable}\") has {values.Count} ({string.Join(",", values.Take(5))}).", variable);
            }

            return (DimensionRole.Time, scale);
        }

        if (string.Equals(Get("CONTVARIABLE")?.FirstText, variable, StringComparison.Ordinal))
        {
            return (DimensionRole.Metric, null);
        }

        return Get("MAP", null, variable) is not null ? (DimensionRole.Geo, null) : (DimensionRole.None, null);
    }

    private CubeUnit? ContentUnit(string variable, string value)
    {
        if (!string.Equals(Get("CONTVARIABLE")?.FirstText, variable, StringComparison.Ordinal))
        {
            return null;
        }

        string? units = Get("UNITS", null, value)?.FirstText;
        PxEntry? decimals = Get("PRECISION", null, variable, value);
        return new CubeUnit(units, decimals is null ? null : ParseInt(decimals, "PRECISION"), null, 0);
    }

    private CubeMetadata BuildMetadata()
    {
        foreach (string required in (string[])["TITLE", "CONTENTS", "UNITS", "DECIMALS"])
        {
            if (Get(required) is null)
            {
                report.Warning("PX_MISSING_KEYWORD", $"The file has no {required}, which the PX format requires.", location: required);
            }
        }

        Dictionary<string, string> meanings = new(StringComparer.Ordinal);
        string[] dots = [".", "..", "...", "....", ".....", "......"];
        for (int i = 0; i < dots.Length; i++)
        {
            string keyword = $"DATASYMBOL{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            meanings[dots[i]] = Get(keyword)?.FirstText ?? keyword;
        }

        meanings["-"] = Get("DATASYMBOLNIL")?.FirstText ?? "DATASYMBOLNIL";
        List<CubeText> notes = [];
        foreach (PxEntry note in entries.Where(e => e.Keyword is "NOTEX" or "NOTE" && e.Subkeys.Count == 0 && (e.Language is null || e.Language == defaultLanguage)))
        {
            notes.Add(TextOf(note.Keyword) ?? CubeText.Of(string.Concat(note.Strings)));
        }

        PxEntry? decimalsEntry = Get("DECIMALS");
        PxEntry? showDecimalsEntry = Get("SHOWDECIMALS");
        return new CubeMetadata(TextOf("TITLE") ?? TextOf("DESCRIPTION") ?? CubeText.Of(Get("MATRIX")?.FirstText ?? file))
        {
            Id = Get("MATRIX")?.FirstText,
            Contents = TextOf("CONTENTS"),
            Units = TextOf("UNITS"),
            Source = TextOf("SOURCE"),
            Updated = Get("LAST-UPDATED")?.FirstText,
            DefaultLanguage = defaultLanguage,
            Languages = languages.Count > 0 ? languages : defaultLanguage is null ? [] : [defaultLanguage],
            Decimals = decimalsEntry is null ? null : ParseInt(decimalsEntry, "DECIMALS"),
            ShowDecimals = showDecimalsEntry is null ? null : ParseInt(showDecimalsEntry, "SHOWDECIMALS"),
            Notes = notes,
            StatusMeanings = meanings,
        };
    }

    /// <summary>A table-level keyword's text with its translations (<c>TITLE</c>, <c>TITLE[sv]</c>, …).</summary>
    private CubeText? TextOf(string keyword)
    {
        PxEntry? entry = Get(keyword);
        if (entry is null)
        {
            return null;
        }

        string value = string.Concat(entry.Strings);
        Dictionary<string, string> translations = new(StringComparer.Ordinal);
        if (defaultLanguage is not null)
        {
            translations[defaultLanguage] = value;
        }

        foreach (string language in languages.Where(l => l != defaultLanguage))
        {
            if (Get(keyword, language) is { } translated)
            {
                translations[language] = string.Concat(translated.Strings);
            }
        }

        return new CubeText(value, translations);
    }

    private void WarnAboutUnknownVariables(List<string> variables)
    {
        HashSet<string> known = new(variables, StringComparer.Ordinal);
        foreach (PxEntry entry in entries.Where(e => e.Language is null && e.Subkeys.Count > 0
            && e.Keyword is "VALUES" or "CODES" or "TIMEVAL" or "ELIMINATION" or "VARIABLECODE" or "KEYS" or "DOMAIN" or "MAP"))
        {
            if (!known.Contains(entry.Subkeys[0]))
            {
                Warn(entry, "PX_UNKNOWN_VARIABLE", $"{entry.Keyword}(\"{entry.Subkeys[0]}\") names a variable that is in neither STUB nor HEADING; the entry is ignored.", entry.Subkeys[0]);
            }
        }
    }

    private int? ParseInt(PxEntry entry, string keyword)
    {
        if (int.TryParse(entry.FirstText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value is >= 0 and <= 15)
        {
            return value;
        }

        Warn(entry, "PX_BAD_INTEGER", $"{keyword} must be a whole number from 0 to 15.", entry.FirstText);
        return null;
    }

    private PxEntry? Get(string keyword, string? language = null, params string[] subkeys) =>
        byKey.GetValueOrDefault(Key(keyword, language == defaultLanguage ? null : language, subkeys));

    private static string Key(string keyword, string? language, IReadOnlyList<string> subkeys) =>
        $"{keyword}\u001F{language}\u001F{string.Join('\u001F', subkeys)}";

    private void Warn(PxEntry entry, string code, string message, string? value)
    {
        (int line, int column) = lines.Locate(entry.Offset);
        report.Warning(code, message, line, column, entry.Keyword, value);
    }

    private void Fail(PxEntry entry, string code, string message, string? value)
    {
        (int line, int column) = lines.Locate(entry.Offset);
        report.Error(code, message, line, column, entry.Keyword, value);
        structuralError = true;
    }
}
