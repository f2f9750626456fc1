using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Mapping;

/// <summary>Area, period and breakdown of a row.</summary>
public sealed partial class ObservationMapper
{
    private AreaCode? ReadArea(SourceRow row, List<ImportProblem> problems)
    {
        Outcome outcome = area.Read(row, out string text);
        Resolved<AreaCode> resolved = ResolveArea(outcome, text);
        if (resolved.IsProblem)
        {
            problems.Add(Problem(resolved.ProblemCode!, resolved.Message!, row, area, text));
            return null;
        }

        return resolved.Value;
    }

    /// <summary>The area of a mapped area text; <paramref name="outcome"/> is never <see cref="Outcome.Skip"/> here.</summary>
    private Resolved<AreaCode> ResolveArea(Outcome outcome, string text)
    {
        if (outcome != Outcome.Value)
        {
            return Resolved<AreaCode>.Problem("UNKNOWN_AREA", $"Area \"{text}\" is not in the mapping's area map.");
        }

        if (areaCodes.TryGetValue(text, out AreaCode known))
        {
            return new(known);
        }

        string? code = AreaLabels.Normalise(text, area.Field.Kind, subDistrictsByShortCode);
        if (code is null || !AreaCode.TryParse(code, out AreaCode parsed, out _))
        {
            return Resolved<AreaCode>.Problem("BAD_AREA", $"\"{text}\" does not start with an area code{(area.Field.Kind is { } kind ? $" of kind {kind}" : string.Empty)}.");
        }

        if (!catalogue.AreaCodes.Contains(parsed.Value))
        {
            return Resolved<AreaCode>.Problem("UNKNOWN_AREA", $"Area {parsed.Value} is not a known area.");
        }

        if (areaCodes.Count < MaxCached)
        {
            areaCodes[text] = parsed;
        }

        return new(parsed);
    }

    private Period? ReadPeriod(SourceRow row, Column column, List<ImportProblem> problems)
    {
        column.Read(row, out string text);
        Resolved<Period> resolved = ResolvePeriod(text);
        if (resolved.IsProblem)
        {
            problems.Add(Problem(resolved.ProblemCode!, resolved.Message!, row, column, text));
            return null;
        }

        return resolved.Value;
    }

    private Resolved<Period> ResolvePeriod(string text)
    {
        if (periodsByText.TryGetValue(text, out Period known))
        {
            return new(known);
        }

        if (Period.TryParse(text, out Period parsed, out string? error))
        {
            if (periodsByText.Count < MaxCached)
            {
                periodsByText[text] = parsed;
            }

            return new(parsed);
        }

        return Resolved<Period>.Problem("BAD_PERIOD", error);
    }

    private Breakdown? ReadBreakdown(SourceRow row, List<ImportProblem> problems)
    {
        (Resolved<Breakdown?> resolved, Column? column, string text) = ResolveBreakdown(
            TextOf(sex, row),
            TextOf(age, row),
            TextOf(breakdown, row));
        if (resolved.IsProblem)
        {
            problems.Add(Problem(resolved.ProblemCode!, resolved.Message!, row, column, text));
            return null;
        }

        return resolved.Value;
    }

    /// <summary>The mapped text of a breakdown role's column whatever the map's outcome (an unmapped text is kept); <see langword="null"/> without the role.</summary>
    private static string? TextOf(Column? column, SourceRow row)
    {
        if (column is null)
        {
            return null;
        }

        column.Read(row, out string text);
        return text;
    }

    /// <summary>
    /// The breakdown of the mapped sex, age and free-breakdown texts (<see langword="null"/> for a role the spec
    /// leaves out), or the problem with the column it is in and its text.
    /// </summary>
    private (Resolved<Breakdown?> Resolved, Column? Column, string Text) ResolveBreakdown(string? sexText, string? ageText, string? breakdownText)
    {
        Sex sexValue = Sex.Total;
        if (sexText is not null)
        {
            switch (sexText.ToLowerInvariant())
            {
                case "female":
                    sexValue = Sex.Female;
                    break;
                case "male":
                    sexValue = Sex.Male;
                    break;
                case "total" or "all" or "":
                    break;
                default:
                    return (Resolved<Breakdown?>.Problem("BAD_SEX", $"Sex \"{sexText}\" is none of female, male or total; map the source's codes in \"sex.map\"."), sex, sexText);
            }
        }

        AgeBand ageBand = AgeBand.All;
        if (ageText is not null && !AgeBand.TryParse(ageText, out ageBand, out string? error))
        {
            return (Resolved<Breakdown?>.Problem("BAD_AGE", error), age, ageText);
        }

        string? dimension = null;
        string? category = null;
        if (breakdownText is not null)
        {
            if (breakdownText.Length == 0 || breakdownText.Contains(';', StringComparison.Ordinal) || breakdownText.Contains('=', StringComparison.Ordinal))
            {
                return (Resolved<Breakdown?>.Problem("BAD_BREAKDOWN", string.Create(CultureInfo.InvariantCulture, $"Breakdown category \"{breakdownText}\" is empty or holds ';' or '='.")), breakdown, breakdownText);
            }

            if (!string.Equals(breakdownText, "total", StringComparison.OrdinalIgnoreCase))
            {
                dimension = spec.Breakdown!.Name;
                category = breakdownText;
            }
        }

        return (new Resolved<Breakdown?>(new Breakdown(sexValue, ageBand, dimension, category)), null, string.Empty);
    }
}
