using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Profiles;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Trends;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Web.Profiles;

/// <summary>Builds an <see cref="AreaProfileView"/>: the area's cells of a profile at each indicator's latest period, judged by the profile's polarity.</summary>
/// <param name="catalogue">The areas, indicators and profiles.</param>
/// <param name="availabilityCache">Each indicator's levels, kept until the next compute run.</param>
/// <param name="snapshot">The cells of the newest compute run, kept in memory.</param>
public sealed class AreaProfileService(AtlasCatalogue catalogue, CellAvailabilityCache availabilityCache, CellSnapshot snapshot)
{
    /// <summary>The indicator whose breakdowns by sex and age give the population pyramid.</summary>
    public static readonly IndicatorId PopulationIndicator = IndicatorId.Parse("population");

    /// <summary>The profile <paramref name="profileId"/> of <paramref name="code"/> as <paramref name="audience"/> may see it; <see langword="null"/> when either is unknown.</summary>
    public async Task<AreaProfileView?> BuildAsync(string profileId, AreaCode code, Benchmark benchmark, Audience audience, CancellationToken cancellationToken = default)
    {
        if (catalogue.FindProfile(profileId) is not { } profile || !catalogue.Areas.TryGetValue(code, out Area? area))
        {
            return null;
        }

        List<IndicatorId> ids = [.. profile.Indicators.Select(i => i.Indicator).Append(PopulationIndicator).Distinct()];
        IReadOnlyDictionary<IndicatorId, IndicatorCellSet> sets = await snapshot.GetAsync(audience, ids, cancellationToken);
        Dictionary<IndicatorId, StoredCell> latest = [];
        Dictionary<IndicatorId, PeerRangeView> peers = [];
        foreach (ProfileIndicator pi in profile.Indicators)
        {
            IndicatorCellSet set = sets[pi.Indicator];
            if (set.ForArea(code) is not { Count: > 0 } own)
            {
                continue;
            }

            StoredCell headline = Headline(own, pi.Age);
            latest[pi.Indicator] = headline;
            // The peers of a spine chart: the areas of the same type at the headline's period and breakdown.
            double[] values = [.. set.Level(area.Type, headline.Period, headline.Breakdown).Where(c => c.Estimate is not null).Select(c => c.Estimate!.Value)];
            if (values.Length > 0)
            {
                peers[pi.Indicator] = PeerRange(values);
            }
        }

        List<ProfileDomainView> domains = [.. profile.Domains.Select(domain => new ProfileDomainView(
            domain.Id,
            TextView.From(domain.Name),
            [.. domain.Indicators
                .Where(pi => catalogue.Indicators.ContainsKey(pi.Indicator))
                .Select(pi => CellView(pi, catalogue.Indicators[pi.Indicator], latest.GetValueOrDefault(pi.Indicator), peers.GetValueOrDefault(pi.Indicator), benchmark))]))];

        Area? parent = area.Parent is { } p ? catalogue.Areas.GetValueOrDefault(p) : null;
        Area? benchmarkArea = benchmark == Benchmark.Parent ? parent : (catalogue.City?.Code == code ? null : catalogue.City);
        AreaRef areaRef = AreaRef.From(area);
        AreaRef? benchmarkRef = benchmarkArea is null ? null : AreaRef.From(benchmarkArea);
        List<ProfileCellView> all = [.. domains.SelectMany(d => d.Indicators)];
        return new AreaProfileView(
            new ProfileRef(profile.Id, TextView.From(profile.Name), TextView.From(profile.Description)),
            areaRef,
            parent is null ? null : AreaRef.From(parent),
            [.. catalogue.ChildrenOf(code).Select(AreaRef.From)],
            benchmark == Benchmark.Parent ? "parent" : "city",
            benchmarkRef,
            domains,
            ProfileSummaryWriter.Write(areaRef.Names, benchmarkRef?.Names, all),
            Pyramid(sets[PopulationIndicator], code));
    }

    /// <summary>Every area of <paramref name="type"/> on every indicator of the profile, as <paramref name="audience"/> may see them; <see langword="null"/> for an unknown profile.</summary>
    public async Task<OverviewView?> OverviewAsync(string profileId, AreaType type, Audience audience, CancellationToken cancellationToken = default)
    {
        if (catalogue.FindProfile(profileId) is not { } profile)
        {
            return null;
        }

        List<(ProfileIndicator Indicator, Indicator Meta, (IndicatorId, string, Periods.Period)? Target)> columns = [];
        List<ProfileIndicator> known = [.. profile.Indicators.Where(i => catalogue.Indicators.ContainsKey(i.Indicator))];
        IReadOnlyDictionary<IndicatorId, IReadOnlyList<CellAvailability>> availability = await availabilityCache.GetAsync(known.Select(pi => pi.Indicator), audience, cancellationToken);
        foreach (ProfileIndicator pi in known)
        {
            List<CellAvailability> levels = [.. availability[pi.Indicator].Where(a => a.AreaType == type)];
            (IndicatorId, string, Periods.Period)? target = null;
            if (levels.Count > 0)
            {
                string breakdown = HeadlineBreakdown.Choose(levels.Select(l => l.Breakdown), pi.Age)!;
                target = (pi.Indicator, breakdown, levels.Where(l => l.Breakdown == breakdown).Max(l => l.Period));
            }

            columns.Add((pi, catalogue.Indicators[pi.Indicator], target));
        }

        IReadOnlyDictionary<IndicatorId, IndicatorCellSet> sets = await snapshot.GetAsync(audience, columns.Where(c => c.Target is not null).Select(c => c.Target!.Value.Item1), cancellationToken);
        Dictionary<(IndicatorId, AreaCode), StoredCell> found = columns
            .Where(c => c.Target is not null)
            .Select(c => c.Target!.Value)
            .Distinct()
            .SelectMany(t => sets[t.Item1].Level(type, t.Item3, t.Item2))
            .ToDictionary(c => (c.Indicator, c.Area));
        return new OverviewView(
            new ProfileRef(profile.Id, TextView.From(profile.Name), TextView.From(profile.Description)),
            type.ToSlug(),
            [.. columns.Select(c => new OverviewColumn(c.Meta.Id.Value, TextView.From(c.Meta.Name), Slug(c.Indicator.Polarity), c.Target?.Item3.ToString(), c.Target?.Item2 ?? Breakdown.Total.Key, c.Meta.Synthetic))],
            [.. catalogue.OfType(type).Select(area => new OverviewRow(
                AreaRef.From(area),
                [.. columns.Select(c => found.TryGetValue((c.Meta.Id, area.Code), out StoredCell? cell)
                    ? new OverviewCell(cell.Estimate?.Value, PolarityJudgement.Judge(cell.VersusCity.At95, c.Indicator.Polarity).ToSlug(), cell.NoValueKind ?? "available", DisclosureOf(cell, c.Meta))
                    : new OverviewCell(null, "not-compared", "no-data", DisclosureView.NoData))]))]);
    }

    /// <summary>
    /// The cell a profile shows of an indicator at the latest period: the breakdown <see cref="HeadlineBreakdown"/>
    /// chooses (the profile's <paramref name="age"/> band of an indicator delivered only by age band, else the total),
    /// as the overview and the indicator page choose it.
    /// </summary>
    internal static StoredCell Headline(IEnumerable<StoredCell> cells, AgeBand? age = null)
    {
        List<StoredCell> list = [.. cells];
        string key = HeadlineBreakdown.Choose(list.Select(c => c.Breakdown), age)!;
        return list.Where(c => c.Breakdown == key).MaxBy(c => c.Period.Start)!;
    }

    /// <summary>
    /// The unit of the indicator's cell of <paramref name="breakdown"/>: a proportion's cell of one age band is a share of
    /// that age group, not of the population the indicator's unit names for all ages (payment defaults of the 65-year-olds
    /// and over read "% of residents aged 18+" beside the 65+ population as denominator).
    /// </summary>
    internal static TextView UnitOf(Indicator indicator, string breakdown) =>
        indicator.Measure == Measure.Proportion
            && indicator.Unit.Fi.StartsWith('%')
            && Breakdown.TryParseKey(breakdown, out Breakdown parsed, out _)
            && !parsed.Age.IsAll
            ? AgeGroupShare
            : TextView.From(indicator.Unit);

    /// <summary>The unit of a proportion's cell of one age band.</summary>
    private static readonly TextView AgeGroupShare = new("% ikäryhmästä", "% av åldersgruppen", "% of the age group");

    /// <summary>The view of one cell with the comparisons judged by <paramref name="profileIndicator"/>'s polarity.</summary>
    internal ProfileCellView CellView(ProfileIndicator profileIndicator, Indicator indicator, StoredCell? cell, PeerRangeView? peers, Benchmark benchmark)
    {
        Polarity polarity = profileIndicator.Polarity;
        if (cell is null)
        {
            ComparisonView none = new(null, null, "not-compared", "not-compared", "the area has no data for this indicator");
            return new ProfileCellView(
                indicator.Id.Value, TextView.From(indicator.Name), TextView.From(indicator.Unit), indicator.Measure.ToSlug(), Slug(polarity), indicator.Synthetic,
                null, Breakdown.Total.Key, null, null, null, null, null, "no-data", "the area has no data for this indicator", none, none, none, null, null, 0,
                new TrendView("cannot-be-calculated", "cannot-be-calculated", "no data"), peers, null, null, DisclosureView.NoData);
        }

        return new ProfileCellView(
            indicator.Id.Value,
            TextView.From(indicator.Name),
            UnitOf(indicator, cell.Breakdown),
            indicator.Measure.ToSlug(),
            Slug(polarity),
            indicator.Synthetic,
            cell.Period.ToString(),
            cell.Breakdown,
            cell.Estimate?.Value,
            cell.Estimate?.Ci95 is { } ci95 ? new IntervalView(ci95.Lower, ci95.Upper) : null,
            cell.Estimate?.Ci998 is { } ci998 ? new IntervalView(ci998.Lower, ci998.Upper) : null,
            cell.Numerator,
            cell.Denominator,
            cell.NoValueKind ?? "available",
            cell.NoValueReason,
            Judged(cell.Versus(benchmark), polarity),
            Judged(cell.VersusCity, polarity),
            Judged(cell.VersusParent, polarity),
            cell.Quintile,
            cell.Rank,
            cell.PeerCount,
            TrendOf(cell.Trend, polarity),
            peers,
            cell.BatchId,
            cell.Derivation,
            DisclosureOf(cell, indicator));
    }

    /// <summary>What disclosure control shows of <paramref name="cell"/>, explained by <paramref name="indicator"/>'s rule.</summary>
    internal static DisclosureView DisclosureOf(StoredCell cell, Indicator indicator) =>
        DisclosureView.From(cell.Disclosure, cell.DisclosureReason, indicator.Disclosure);

    /// <summary>A comparison with Higher/Lower turned into Better/Worse by <paramref name="polarity"/>.</summary>
    internal ComparisonView Judged(CellComparison comparison, Polarity polarity) => new(
        comparison.Benchmark is { } code && catalogue.Areas.TryGetValue(code, out Area? area) ? AreaRef.From(area) : null,
        comparison.BenchmarkValue,
        PolarityJudgement.Judge(comparison.At95, polarity).ToSlug(),
        PolarityJudgement.Judge(comparison.At998, polarity).ToSlug(),
        comparison.Reason);

    /// <summary>A trend with its judgement under <paramref name="polarity"/>.</summary>
    internal static TrendView TrendOf(TrendResult trend, Polarity polarity) => new(
        trend.Direction.ToSlug(),
        PolarityJudgement.IsWorsening(trend.Direction, polarity) switch
        {
            true => "worsening",
            false => "improving",
            null => trend.Direction.ToSlug(),
        },
        trend.Reason);

    /// <summary>The stored slug of a polarity.</summary>
    internal static string Slug(Polarity polarity) => Storage.Profiles.ProfileRepository.ToSlug(polarity);

    /// <summary>Min, quartiles and max of <paramref name="values"/> (linear interpolation between order statistics).</summary>
    internal static PeerRangeView PeerRange(double[] values)
    {
        Array.Sort(values);
        return new PeerRangeView(values.Length, values[0], Quantile(values, 0.25), Quantile(values, 0.5), Quantile(values, 0.75), values[^1]);
    }

    private static double Quantile(double[] sorted, double p)
    {
        double position = p * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private PyramidView? Pyramid(IndicatorCellSet populationCells, AreaCode code)
    {
        if (!catalogue.Indicators.TryGetValue(PopulationIndicator, out Indicator? population))
        {
            return null;
        }

        // The population is delivered by sex and age band, without a total: the latest year any band has.
        IReadOnlyList<StoredCell> all = populationCells.ForArea(code);
        if (all.Where(c => c.Period.Kind == Periods.PeriodKind.Year).Select(c => (Periods.Period?)c.Period).Max() is not { } latest)
        {
            return null;
        }

        Dictionary<AgeBand, (double Male, double Female)> bands = [];
        foreach (StoredCell cell in all.Where(c => c.Period == latest))
        {
            if (!Breakdown.TryParseKey(cell.Breakdown, out Breakdown breakdown, out _) || breakdown.Age.IsAll || breakdown.Dimension is not null || cell.Numerator is not { } count)
            {
                continue;
            }

            (double male, double female) = bands.GetValueOrDefault(breakdown.Age);
            bands[breakdown.Age] = breakdown.Sex switch
            {
                Sex.Male => (male + count, female),
                Sex.Female => (male, female + count),
                _ => (male, female),
            };
        }

        return bands.Count == 0
            ? null
            : new PyramidView(latest.ToString(), [.. bands.OrderBy(b => b.Key.From).Select(b => new PyramidBand(b.Key.ToString(), b.Value.Male, b.Value.Female, b.Key.From, b.Key.To))], population.Synthetic);
    }
}
