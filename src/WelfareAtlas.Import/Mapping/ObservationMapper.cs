using WelfareAtlas.Areas;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Mapping;

/// <summary>
/// Turns rows of a <see cref="SourceTable"/> into validated observations as a <see cref="MappingSpec"/> says, and
/// names every problem with its file, line, column and value (codes in docs/import/pipeline.md).
/// </summary>
/// <remarks>
/// A problem with the row's own dimensions (area, period, sex, age, breakdown, indicator column) rejects the whole
/// row; a problem with one values entry (a number, a range) rejects only that observation. Duplicate keys are found
/// by the store, which sees the whole batch.
/// </remarks>
public sealed partial class ObservationMapper
{
    // Valid area and period texts repeat on every row; each is checked once. Bounded so that a file of unique
    // texts cannot grow them without limit.
    private const int MaxCached = 100_000;

    private readonly Dictionary<string, AreaCode> areaCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period> periodsByText = new(StringComparer.Ordinal);
    private readonly MappingSpec spec;
    private readonly ImportCatalogue catalogue;
    private readonly string file;
    private readonly DecimalSeparator separator;
    private readonly HashSet<string> suppressed;
    private readonly HashSet<string> missing;
    private readonly Column? indicator;
    private readonly Column area;
    private readonly Column? period;
    private readonly Column? sex;
    private readonly Column? age;
    private readonly Column? breakdown;
    private readonly List<(int Index, HashSet<string> Allowed)> filters = [];
    private readonly List<ValueColumns> values = [];
    private readonly Dictionary<string, string> subDistrictsByShortCode;

    private ObservationMapper(MappingSpec spec, SourceTable table, ImportCatalogue catalogue, string file, ReadReport report)
    {
        this.spec = spec;
        this.catalogue = catalogue;
        this.file = file;
        separator = table.DecimalSeparator;
        suppressed = new HashSet<string>(spec.Suppressed.Select(s => s.Trim()), StringComparer.Ordinal);
        missing = new HashSet<string>(spec.Missing.Select(s => s.Trim()), StringComparer.Ordinal);
        indicator = Resolve(spec.Indicator, "indicator", table, report);
        area = Resolve(spec.Area, "area", table, report)!;
        period = Resolve(spec.Period, "period", table, report);
        sex = Resolve(spec.Sex, "sex", table, report);
        age = Resolve(spec.Age, "age", table, report);
        breakdown = Resolve(spec.Breakdown?.Field, "breakdown", table, report);
        foreach ((string name, IReadOnlyList<string> allowed) in spec.Where)
        {
            int index = table.IndexOf(name);
            if (index < 0)
            {
                table.ReportMissing(name, "where", report);
            }

            filters.Add((index, new HashSet<string>(allowed.Select(a => a.Trim()), StringComparer.Ordinal)));
        }

        foreach (ValueSpec value in spec.Values)
        {
            values.Add(new ValueColumns(
                value,
                ResolveNumber(value.Numerator, "numerator", table, report),
                ResolveNumber(value.Denominator, "denominator", table, report),
                ResolveNumber(value.Value, "value", table, report),
                ResolveNumber(value.Lower, "lower", table, report),
                ResolveNumber(value.Upper, "upper", table, report)));
        }

        // Sub-district short codes (392 for Tapanila's 0915503392) are unique within the city.
        subDistrictsByShortCode = catalogue.AreaCodes
            .Where(code => code.Length == 10 && !code.EndsWith("000", StringComparison.Ordinal))
            .GroupBy(code => code[7..], StringComparer.Ordinal)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Prepares the mapping of <paramref name="table"/>; <see langword="null"/> when the spec names columns the file
    /// does not have (reported to <paramref name="report"/>).
    /// </summary>
    public static ObservationMapper? Create(MappingSpec spec, SourceTable table, ImportCatalogue catalogue, string file, ReadReport report)
    {
        int errors = report.ErrorCount;
        ObservationMapper mapper = new(spec, table, catalogue, file, report);
        return report.ErrorCount > errors ? null : mapper;
    }

    /// <summary>Maps one row.</summary>
    public MappedRow Map(SourceRow row)
    {
        foreach ((int index, HashSet<string> allowed) in filters)
        {
            if (!allowed.Contains(row.Cells[index].Trim()))
            {
                return new MappedRow([], [], Skipped: true);
            }
        }

        // A row whose area the mapping says to skip (a region outside the city) is left out before any check.
        if (area.Read(row, out _) == Outcome.Skip)
        {
            return new MappedRow([], [], Skipped: true);
        }

        List<ImportProblem> problems = [];
        string? rowIndicator = null;
        if (indicator is not null)
        {
            switch (indicator.Read(row, out rowIndicator))
            {
                case Outcome.Skip:
                    return new MappedRow([], [], Skipped: true);
                case Outcome.Unmapped:
                    problems.Add(Problem("UNKNOWN_INDICATOR", $"\"{rowIndicator}\" is not in the mapping's indicator map.", row, indicator, rowIndicator));
                    break;
            }
        }

        AreaCode? areaCode = ReadArea(row, problems);
        Period? rowPeriod = period is null ? null : ReadPeriod(row, period, problems);
        Breakdown? rowBreakdown = ReadBreakdown(row, problems);
        if (problems.Count > 0 || areaCode is null || rowBreakdown is null)
        {
            return new MappedRow([], problems, Skipped: false);
        }

        List<MappedObservation> observations = new(values.Count);
        foreach (ValueColumns columns in values)
        {
            string? indicatorText = columns.Spec.Indicator ?? rowIndicator;
            if (!IndicatorId.TryParse(indicatorText, out IndicatorId id, out _) || !catalogue.Indicators.TryGetValue(id.Value, out Measure measure))
            {
                problems.Add(Problem(
                    "UNKNOWN_INDICATOR",
                    $"Indicator \"{indicatorText}\" is not in the catalogue.",
                    row,
                    columns.Spec.Indicator is null ? indicator : columns.Primary,
                    indicatorText));
                continue;
            }

            Period observationPeriod = columns.Spec.Period is { } constant ? Period.Parse(constant) : rowPeriod!.Value;
            if (ReadNumbers(row, columns, id, areaCode.Value, observationPeriod, rowBreakdown, measure, problems) is { } observation)
            {
                observations.Add(new MappedObservation(observation, row.Line, row.Cell));
            }
        }

        return new MappedRow(observations, problems, Skipped: false);
    }

    private ImportProblem Problem(string code, string message, SourceRow row, Column? column, string? value) => new(
        ProblemSeverity.Error,
        code,
        message,
        file,
        row.Line,
        column is null || column.Index < 0 ? null : column.Index + 1,
        column is null ? row.Cell : column.Index < 0 ? $"constant {column.Name}" : row.Locate(column.Index, column.Name),
        ImportProblem.Shorten(value));

    private static Column? Resolve(FieldSpec? field, string role, SourceTable table, ReadReport report)
    {
        if (field is null)
        {
            return null;
        }

        if (field.Column is null)
        {
            return new Column(role, -1, field);
        }

        int index = table.IndexOf(field.Column);
        if (index < 0)
        {
            table.ReportMissing(field.Column, role, report);
        }

        return new Column(field.Column, index, field);
    }

    private static Column? ResolveNumber(string? name, string role, SourceTable table, ReadReport report) =>
        name is null ? null : Resolve(new FieldSpec { Column = name }, role, table, report);
}
