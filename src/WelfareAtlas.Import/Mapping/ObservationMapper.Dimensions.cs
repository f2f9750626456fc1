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
        if (outcome != Outcome.Value)
        {
            problems.Add(Problem("UNKNOWN_AREA", $"Area \"{text}\" is not in the mapping's area map.", row, area, text));
            return null;
        }

        if (areaCodes.TryGetValue(text, out AreaCode known))
        {
            return known;
        }

        string? code = AreaLabels.Normalise(text, area.Field.Kind, subDistrictsByShortCode);
        if (code is null || !AreaCode.TryParse(code, out AreaCode parsed, out _))
        {
            problems.Add(Problem("BAD_AREA", $"\"{text}\" does not start with an area code{(area.Field.Kind is { } kind ? $" of kind {kind}" : string.Empty)}.", row, area, text));
            return null;
        }

        if (!catalogue.AreaCodes.Contains(parsed.Value))
        {
            problems.Add(Problem("UNKNOWN_AREA", $"Area {parsed.Value} is not a known area.", row, area, text));
            return null;
        }

        if (areaCodes.Count < MaxCached)
        {
            areaCodes[text] = parsed;
        }

        return parsed;
    }

    private Period? ReadPeriod(SourceRow row, Column column, List<ImportProblem> problems)
    {
        column.Read(row, out string text);
        if (periodsByText.TryGetValue(text, out Period known))
        {
            return known;
        }

        if (Period.TryParse(text, out Period parsed, out string? error))
        {
            if (periodsByText.Count < MaxCached)
            {
                periodsByText[text] = parsed;
            }

            return parsed;
        }

        problems.Add(Problem("BAD_PERIOD", error, row, column, text));
        return null;
    }

    private Breakdown? ReadBreakdown(SourceRow row, List<ImportProblem> problems)
    {
        Sex sexValue = Sex.Total;
        if (sex is not null)
        {
            sex.Read(row, out string text);
            switch (text.ToLowerInvariant())
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
                    problems.Add(Problem("BAD_SEX", $"Sex \"{text}\" is none of female, male or total; map the source's codes in \"sex.map\".", row, sex, text));
                    return null;
            }
        }

        AgeBand ageBand = AgeBand.All;
        if (age is not null)
        {
            age.Read(row, out string text);
            if (!AgeBand.TryParse(text, out ageBand, out string? error))
            {
                problems.Add(Problem("BAD_AGE", error, row, age, text));
                return null;
            }
        }

        string? dimension = null;
        string? category = null;
        if (breakdown is not null)
        {
            breakdown.Read(row, out string text);
            if (text.Length == 0 || text.Contains(';', StringComparison.Ordinal) || text.Contains('=', StringComparison.Ordinal))
            {
                problems.Add(Problem("BAD_BREAKDOWN", string.Create(CultureInfo.InvariantCulture, $"Breakdown category \"{text}\" is empty or holds ';' or '='."), row, breakdown, text));
                return null;
            }

            if (!string.Equals(text, "total", StringComparison.OrdinalIgnoreCase))
            {
                dimension = spec.Breakdown!.Name;
                category = text;
            }
        }

        return new Breakdown(sexValue, ageBand, dimension, category);
    }
}
