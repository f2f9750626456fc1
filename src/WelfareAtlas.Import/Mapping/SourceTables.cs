using System.Globalization;
using System.Runtime.CompilerServices;
using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.JsonStat;
using WelfareAtlas.Import.Px;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Xlsx;

namespace WelfareAtlas.Import.Mapping;

/// <summary>Opens a CSV, XLSX, PX or JSON-stat file as a <see cref="SourceTable"/> with the reader its spec or extension names.</summary>
public static class SourceTables
{
    /// <summary>The most datasets a problem lists by position and label.</summary>
    private const int MaxListed = 20;

    /// <summary>Whether <paramref name="path"/> is read as CSV (<see cref="OpenAsync"/>): by the spec's format, else by the file's extension.</summary>
    public static bool IsCsv(string path, MappingSpec spec) => FormatOf(path, spec) is "csv" or "txt" or "tsv";

    /// <summary>Opens <paramref name="path"/>; <see langword="null"/> when it cannot be read, with the reason in <paramref name="report"/>.</summary>
    public static async Task<SourceTable?> OpenAsync(string path, MappingSpec spec, ReadReport report, CancellationToken cancellationToken = default)
    {
        string format = FormatOf(path, spec);
        if (spec.Dataset is not null && format is not ("json" or "json-stat"))
        {
            report.Error("SPEC_VALUE", $"\"dataset\" chooses a dataset of a JSON-stat collection, but the file is read as {format}; leave it out.", value: spec.Dataset.ToString());
            return null;
        }

        switch (format)
        {
            case "csv" or "txt" or "tsv":
                return await OpenCsvAsync(path, spec.Csv ?? new CsvSpec(), report, cancellationToken).ConfigureAwait(false);
            case "xlsx":
                XlsxSource? workbook = await XlsxFileReader.OpenAsync(path, new XlsxReadOptions { SheetName = spec.Xlsx?.Sheet, HeaderRow = spec.Xlsx?.HeaderRow }, report, cancellationToken).ConfigureAwait(false);
                return workbook is null ? null : new SourceTable(workbook.Header, DecimalSeparator.Point, FromTabular(workbook.ReadRowsAsync(cancellationToken)));
            case "px":
                return FromCube(await PxReader.ReadAsync(path, report, cancellationToken).ConfigureAwait(false), spec, report);
            case "json" or "json-stat":
                JsonStatDocument? document = await JsonStatReader.ReadAsync(path, report, cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    return null;
                }

                IReadOnlyList<Cube> cubes = document.Datasets;
                if (cubes.Count == 0)
                {
                    report.Error("JSONSTAT_NO_DATASET", NoDataset(document), location: "$.class", value: document.Class);
                    return null;
                }

                if (spec.Dataset is null && cubes.Count > 1)
                {
                    report.Error("SPEC_MANY_DATASETS", string.Create(CultureInfo.InvariantCulture, $"The JSON-stat file holds {ListDatasets(cubes)}; set \"dataset\" in the mapping to the label or the position (1 to {cubes.Count}) of the one it describes."));
                    return null;
                }

                return spec.Dataset is null ? FromCube(cubes[0], spec, report) : FromCube(ChooseDataset(cubes, spec.Dataset, report), spec, report);
            default:
                report.Error("SPEC_FORMAT", $"Format \"{format}\" is none of csv, xlsx, px or json-stat; set \"format\" in the mapping.", value: format);
                return null;
        }
    }

    /// <summary>
    /// The dataset <paramref name="choice"/> names: the one at its position, or the one whose label (its title: the
    /// <c>label</c>, else the <c>href</c>) is the choice's, exactly or else ignoring case and surrounding spaces.
    /// <see langword="null"/>, with the datasets listed in <paramref name="report"/>, when none or several are.
    /// </summary>
    private static Cube? ChooseDataset(IReadOnlyList<Cube> cubes, DatasetChoice choice, ReadReport report)
    {
        if (choice.Label is not { } label)
        {
            if (choice.Position is { } position && position >= 1 && position <= cubes.Count)
            {
                return cubes[position - 1];
            }
        }
        else
        {
            List<int> matches = [.. Enumerable.Range(0, cubes.Count).Where(i => string.Equals(cubes[i].Metadata.Title.Default, label, StringComparison.Ordinal))];
            if (matches.Count == 0)
            {
                matches = [.. Enumerable.Range(0, cubes.Count).Where(i => string.Equals(cubes[i].Metadata.Title.Default.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase))];
            }

            if (matches.Count == 1)
            {
                return cubes[matches[0]];
            }

            if (matches.Count > 1)
            {
                report.Error("SPEC_DATASET_AMBIGUOUS", string.Create(CultureInfo.InvariantCulture, $"The mapping's \"dataset\" {choice} is the label of {matches.Count} datasets of the file (positions {string.Join(", ", matches.Select(i => i + 1))}); choose one by its position."), value: label);
                return null;
            }
        }

        report.Error("SPEC_UNKNOWN_DATASET", string.Create(CultureInfo.InvariantCulture, $"The mapping's \"dataset\" {choice} is not a dataset of the file, which holds {ListDatasets(cubes)}; give one's label as written or its position (1 to {cubes.Count})."), value: choice.Label ?? choice.ToString());
        return null;
    }

    /// <summary>The datasets by position and label (the first <see cref="MaxListed"/>): <c>2 datasets: 1 "…", 2 "…"</c>.</summary>
    private static string ListDatasets(IReadOnlyList<Cube> cubes)
    {
        string listed = string.Join(", ", cubes.Take(MaxListed).Select((cube, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1} \"{ImportProblem.Shorten(cube.Metadata.Title.Default)}\"")));
        string rest = cubes.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $", … ({cubes.Count - MaxListed} more)") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{cubes.Count} {(cubes.Count == 1 ? "dataset" : "datasets")}: {listed}{rest}");
    }

    /// <summary>What a JSON-stat file without an embedded dataset is, for the problem that says it has nothing to import.</summary>
    private static string NoDataset(JsonStatDocument document)
    {
        string label = document.Label is null ? string.Empty : $" \"{ImportProblem.Shorten(document.Label)}\"";
        return document.Class switch
        {
            "collection" when document.LinkedItems.Count > 0 => string.Create(
                CultureInfo.InvariantCulture,
                $"The file is a JSON-stat collection{label} whose {document.LinkedItems.Count} items are only links (the first: {ImportProblem.Shorten(document.LinkedItems[0])}); it holds no dataset to import. The importer does not fetch links: download a linked dataset and import that file."),
            "collection" => $"The file is a JSON-stat collection{label} without items; it holds no dataset to import.",
            "dimension" => $"The file is a JSON-stat dimension{label}: categories without data; it holds no dataset to import.",
            _ => $"The file is a JSON-stat {document.Class}{label}; it holds no dataset to import.",
        };
    }

    private static string FormatOf(string path, MappingSpec spec) => (spec.Format ?? Path.GetExtension(path).TrimStart('.')).ToLowerInvariant();

    private static async Task<SourceTable?> OpenCsvAsync(string path, CsvSpec csv, ReadReport report, CancellationToken cancellationToken)
    {
        // A spec from MappingSpecReader has been checked already; this keeps one built in code from reading a typo as "detect it".
        if (!csv.Check(report))
        {
            return null;
        }

        CsvReadOptions options = new()
        {
            Delimiter = csv.DelimiterChar,
            DecimalSeparator = csv.Separator,
            Encoding = csv.TextEncoding,
            HeaderLine = csv.HeaderLine,
        };
        CsvSource? source = await CsvFileReader.OpenAsync(path, options, report, cancellationToken).ConfigureAwait(false);
        return source is null ? null : new SourceTable(source.Header, source.DecimalSeparator, FromTabular(source.ReadRowsAsync(cancellationToken))) { Csv = source };
    }

    private static async IAsyncEnumerable<SourceRow> FromTabular(IAsyncEnumerable<TabularRow> rows)
    {
        await foreach (TabularRow row in rows.ConfigureAwait(false))
        {
            yield return new SourceRow(row.Line, row.Sheet, null, row.Cells);
        }
    }

    private static SourceTable? FromCube(Cube? cube, MappingSpec spec, ReadReport report)
    {
        if (cube is null)
        {
            return null;
        }

        bool labels = string.Equals(spec.CubeText, "label", StringComparison.OrdinalIgnoreCase);
        if (spec.CubeText is not null && !labels && !string.Equals(spec.CubeText, "code", StringComparison.OrdinalIgnoreCase))
        {
            report.Error("SPEC_CUBE_TEXT", $"\"cubeText\" is \"{spec.CubeText}\"; it must be code or label.", value: spec.CubeText);
            return null;
        }

        List<string> header = [.. cube.Dimensions.Select(d => d.Id), SourceTable.CubeValueColumn];
        return new SourceTable(header, DecimalSeparator.Point, CubeRows(cube, labels));
    }

    private static async IAsyncEnumerable<SourceRow> CubeRows(Cube cube, bool labels, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (CubeCell cell in cube.Cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string[] cells = new string[cell.Codes.Count + 1];
            for (int d = 0; d < cell.Codes.Count; d++)
            {
                CubeDimension dimension = cube.Dimensions[d];
                cells[d] = labels ? dimension.Categories[dimension.IndexOf(cell.Codes[d])].Label.Default : cell.Codes[d];
            }

            cells[^1] = cell.Value is { } value ? value.ToString("R", CultureInfo.InvariantCulture) : cell.Status ?? "..";
            string where = string.Join(", ", cube.Dimensions.Select((d, i) => $"{d.Id}={cell.Codes[i]}"));
            yield return new SourceRow(null, null, where, cells) { ValueStatus = cell.Value is null ? null : cell.Status };
        }
    }
}
