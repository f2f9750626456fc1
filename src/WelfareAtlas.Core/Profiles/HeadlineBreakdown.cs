using WelfareAtlas.Observations;

namespace WelfareAtlas.Profiles;

/// <summary>
/// Which of an indicator's breakdowns stands for it where one number is shown (a profile's row, an overview's column,
/// the indicator page before a breakdown is chosen): every one of them chooses by this rule, so that they show the same
/// group.
/// </summary>
public static class HeadlineBreakdown
{
    /// <summary>
    /// The key among <paramref name="keys"/> (canonical breakdown keys): both sexes of <paramref name="age"/> when given
    /// and delivered; else the total; else both sexes of the youngest age band; else the first key in the order the
    /// breakdowns are listed in (<see cref="BreakdownOrder"/>), so that the headline is the first one a reader is offered.
    /// <see langword="null"/> when there is no key.
    /// </summary>
    public static string? Choose(IEnumerable<string> keys, AgeBand? age = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        List<string> all = [.. keys.Distinct()];
        if (all.Count == 0)
        {
            return null;
        }

        List<Breakdown> bands = [.. all
            .Select(k => Breakdown.TryParseKey(k, out Breakdown b, out _) ? b : null)
            .Where(b => b is not null && b.Sex == Sex.Total && b.Dimension is null && !b.Age.IsAll)
            .Select(b => b!)];
        if (age is { } wanted && bands.FirstOrDefault(b => b.Age == wanted) is { } exact)
        {
            return exact.Key;
        }

        if (all.Contains(Breakdown.Total.Key))
        {
            return Breakdown.Total.Key;
        }

        return bands.OrderBy(b => b.Age.From).Select(b => b.Key).FirstOrDefault() ?? all.Order(BreakdownOrder.Instance).First();
    }
}
