using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Mapping;

/// <summary>
/// The mapping of single cell texts, for a reader that gathers the distinct texts of each column itself and maps each
/// once (the bulk CSV path of docs/import/pipeline.md). Each method gives what <see cref="Map"/> makes of the same text
/// in a row, through the same code; a cell text is as read, untrimmed (empty for an empty cell).
/// </summary>
public sealed partial class ObservationMapper
{
    /// <summary>The columns this mapping reads.</summary>
    public MappingColumns Columns => new(
        [.. filters.Select(f => f.Index)],
        area.Index,
        indicator?.Index,
        period?.Index,
        sex?.Index,
        age?.Index,
        breakdown?.Index,
        [.. values.Select(v => new MappingValueColumns(
            v.Numerator?.Index,
            v.Denominator?.Index,
            v.Value?.Index,
            v.Lower?.Index,
            v.Upper?.Index,
            v.Spec.Min,
            v.Spec.Max,
            v.Spec.Indicator,
            v.Spec.Period is { } constant ? Period.Parse(constant) : null))]);

    /// <summary>Whether <c>where</c> filter number <paramref name="filter"/> lets a row with <paramref name="cell"/> through.</summary>
    public bool Allows(int filter, string cell) => filters[filter].Allowed.Contains(cell.Trim());

    /// <summary>The area of an area cell (<see langword="null"/> when the area is a constant): a code, a skip, or a problem (<c>UNKNOWN_AREA</c>, <c>BAD_AREA</c>).</summary>
    public MappedText<AreaCode> AreaOf(string? cell)
    {
        Outcome outcome = area.Apply(cell, out string text);
        if (outcome == Outcome.Skip)
        {
            return new MappedText<AreaCode>(MappedTextOutcome.Skip, default!);
        }

        Resolved<AreaCode> resolved = ResolveArea(outcome, text);
        return resolved.IsProblem ? new MappedText<AreaCode>(MappedTextOutcome.Problem, default!) : new(MappedTextOutcome.Value, resolved.Value);
    }

    /// <summary>
    /// The row indicator's text of an indicator cell after the map (<see langword="null"/> cell for a constant): the
    /// text, a skip, or a problem when the map has no entry and says <c>error</c>. Whether the text is catalogued is
    /// <see cref="CataloguedIndicator"/>'s answer.
    /// </summary>
    public MappedText<string> IndicatorTextOf(string? cell)
    {
        if (indicator is null)
        {
            throw new InvalidOperationException("The mapping has no row indicator.");
        }

        return indicator.Apply(cell, out string text) switch
        {
            Outcome.Skip => new MappedText<string>(MappedTextOutcome.Skip, default!),
            Outcome.Unmapped => new MappedText<string>(MappedTextOutcome.Problem, default!),
            _ => new(MappedTextOutcome.Value, text),
        };
    }

    /// <summary>The indicator and its measure for an indicator text, or <see langword="null"/> when it is not in the catalogue (<c>UNKNOWN_INDICATOR</c>).</summary>
    public (IndicatorId Id, Measure Measure)? CataloguedIndicator(string? text) =>
        IndicatorId.TryParse(text, out IndicatorId id, out _) && catalogue.Indicators.TryGetValue(id.Value, out Measure measure) ? (id, measure) : null;

    /// <summary>The period of a period cell (<see langword="null"/> for a constant), or a problem (<c>BAD_PERIOD</c>).</summary>
    public MappedText<Period> PeriodOf(string? cell)
    {
        if (period is null)
        {
            throw new InvalidOperationException("The mapping has no row period.");
        }

        period.Apply(cell, out string text);
        Resolved<Period> resolved = ResolvePeriod(text);
        return resolved.IsProblem ? new MappedText<Period>(MappedTextOutcome.Problem, default!) : new(MappedTextOutcome.Value, resolved.Value);
    }

    /// <summary>
    /// The breakdown of a row's sex, age and breakdown cells (each <see langword="null"/> when its role is a constant
    /// or left out), or a problem (<c>BAD_SEX</c>, <c>BAD_AGE</c>, <c>BAD_BREAKDOWN</c>).
    /// </summary>
    public MappedText<Breakdown> BreakdownOf(string? sexCell, string? ageCell, string? breakdownCell)
    {
        (Resolved<Breakdown?> resolved, _, _) = ResolveBreakdown(Applied(sex, sexCell), Applied(age, ageCell), Applied(breakdown, breakdownCell));
        return resolved.IsProblem ? new MappedText<Breakdown>(MappedTextOutcome.Problem, default!) : new(MappedTextOutcome.Value, resolved.Value!);
    }

    /// <summary>What a number cell holds; a number too large to read (<see cref="LargestNumber"/>) is <see cref="MappedNumberKind.Bad"/>.</summary>
    public MappedNumber NumberOf(string cell)
    {
        (NumberState state, double? number, string? symbol) = ParseNumber(cell);
        return new MappedNumber(
            state switch
            {
                NumberState.Number => MappedNumberKind.Number,
                NumberState.Suppressed => MappedNumberKind.Suppressed,
                NumberState.Missing => MappedNumberKind.Missing,
                _ => MappedNumberKind.Bad,
            },
            number,
            symbol);
    }

    private static string? Applied(Column? column, string? cell)
    {
        if (column is null)
        {
            return null;
        }

        column.Apply(cell, out string text);
        return text;
    }
}
