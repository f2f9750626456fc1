namespace WelfareAtlas.Situation;

/// <content>What changed in the "worse and worsening" list between two pictures.</content>
public static partial class SituationalPicture
{
    /// <summary>
    /// The series (indicator × area × breakdown × period length) on the "worse and worsening" list of
    /// <paramref name="after"/> but not of <paramref name="before"/> (entered), then those on the list before but not
    /// after (left); a series that stays on the list, even with a newer period, is no change.
    /// </summary>
    public static IReadOnlyList<WorseAndWorseningChange> WorseAndWorseningChanges(IEnumerable<SituationFinding> before, IEnumerable<SituationFinding> after)
    {
        Dictionary<SeriesIdentity, SituationFinding> was = OnList(before);
        Dictionary<SeriesIdentity, SituationFinding> now = OnList(after);
        return
        [
            .. now.Where(pair => !was.ContainsKey(pair.Key)).Select(pair => new WorseAndWorseningChange(true, pair.Value)),
            .. was.Where(pair => !now.ContainsKey(pair.Key)).Select(pair => new WorseAndWorseningChange(false, pair.Value)),
        ];
    }

    private static Dictionary<SeriesIdentity, SituationFinding> OnList(IEnumerable<SituationFinding> findings)
    {
        Dictionary<SeriesIdentity, SituationFinding> list = [];
        foreach (SituationFinding finding in findings.Where(f => f.Kind == SituationKind.WorseAndWorsening))
        {
            list.TryAdd(new SeriesIdentity(finding.Indicator, finding.Area, finding.Breakdown.Key, finding.Period.Kind), finding);
        }

        return list;
    }

    private readonly record struct SeriesIdentity(Indicators.IndicatorId Indicator, Areas.AreaCode Area, string Breakdown, Periods.PeriodKind Kind);
}
