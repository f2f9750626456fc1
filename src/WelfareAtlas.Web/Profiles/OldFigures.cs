using WelfareAtlas.Periods;

namespace WelfareAtlas.Web.Profiles;

/// <summary>
/// Which figures of a profile are old beside its others: Sotkanet's municipal figures of the extract end in 2011 and
/// stood beside 2025's in the same table with nothing to say so.
/// </summary>
internal static class OldFigures
{
    /// <summary>How many years before the profile's newest figure a figure's period must end to be marked old.</summary>
    public const int Years = 5;

    /// <summary>The end of the newest period among <paramref name="cells"/> with a value; <see langword="null"/> when none has one.</summary>
    public static DateOnly? NewestEnd(IEnumerable<ProfileCellView> cells) =>
        cells.Where(cell => cell.Value is not null)
            .Select(cell => Period.TryParse(cell.Period, out Period period, out _) ? period.End : (DateOnly?)null)
            .Max();

    /// <summary>Whether <paramref name="period"/> ended more than <see cref="Years"/> years before <paramref name="newestEnd"/>.</summary>
    public static bool IsOld(string? period, DateOnly? newestEnd) =>
        newestEnd is { } newest && Period.TryParse(period, out Period parsed, out _) && parsed.End.AddYears(Years) < newest;
}
