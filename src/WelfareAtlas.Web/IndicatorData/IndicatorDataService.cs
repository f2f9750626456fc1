using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Profiles;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>Reads an indicator's cells for maps, bar charts, trend charts and the data API.</summary>
/// <param name="store">The open store: forecasts.</param>
/// <param name="catalogue">The areas, indicators and profiles.</param>
/// <param name="profiles">Judges comparisons and trends by a profile's polarity.</param>
/// <param name="availabilityCache">Each indicator's levels, kept until the next compute run.</param>
/// <param name="snapshot">The cells of the newest compute run, kept in memory.</param>
public sealed class IndicatorDataService(AtlasStore store, AtlasCatalogue catalogue, AreaProfileService profiles, CellAvailabilityCache availabilityCache, CellSnapshot snapshot)
{
    /// <summary>What <paramref name="id"/> has data for, as <paramref name="audience"/> sees it (analysts: also batches under embargo); <see langword="null"/> for an unknown indicator.</summary>
    public async Task<AvailabilityView?> AvailabilityAsync(IndicatorId id, Audience audience, CancellationToken cancellationToken = default)
    {
        if (!catalogue.Indicators.ContainsKey(id))
        {
            return null;
        }

        return ViewOf(id, await availabilityCache.GetAsync(id, audience, cancellationToken));
    }

    /// <summary>
    /// What each of <paramref name="ids"/> has data for, as <paramref name="audience"/> sees it, with one check of the
    /// newest compute run for all (a list of indicators, not one request's worth of checks per indicator); unknown
    /// indicators are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<IndicatorId, AvailabilityView>> AvailabilitiesAsync(IEnumerable<IndicatorId> ids, Audience audience, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<IndicatorId, IReadOnlyList<CellAvailability>> rows =
            await availabilityCache.GetAsync(ids.Where(catalogue.Indicators.ContainsKey), audience, cancellationToken);
        return rows.ToDictionary(pair => pair.Key, pair => ViewOf(pair.Key, pair.Value));
    }

    private static AvailabilityView ViewOf(IndicatorId id, IReadOnlyList<CellAvailability> rows) => new(
        id.Value,
        [.. rows.GroupBy(r => r.AreaType).OrderBy(g => g.Key).Select(g =>
        {
            List<Period> periods = [.. g.Select(r => r.Period).Distinct().Order()];
            return new AreaTypeAvailability(
                g.Key.ToSlug(),
                [.. periods.Select(p => p.ToString())],
                [.. g.Select(r => r.Breakdown).Distinct().Order(BreakdownOrder.Instance)],
                periods[^1].ToString());
        })]);

    /// <summary>
    /// The gap between the fifth of areas with the highest values and the fifth with the lowest, for the type, breakdown
    /// and period of <paramref name="data"/> (what <see cref="DataAsync"/> chose), over time, and whether it is narrowing;
    /// from the values <paramref name="audience"/> sees, so a value hidden to protect privacy plays no part.
    /// </summary>
    public async Task<GapView> GapAsync(IndicatorId id, IndicatorDataView data, Audience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return AreaGaps.Of(await snapshot.GetAsync(audience, id, cancellationToken), catalogue.Areas, data);
    }

    /// <summary>
    /// The cells of every area of a type for one period and breakdown. Omitted choices default to the district level
    /// (or the first level the indicator has), its latest period and the total; a choice the indicator has no data for
    /// is an error naming what it has, never an empty result.
    /// </summary>
    public async Task<IndicatorDataResult> DataAsync(IndicatorId id, string? areaType, string? period, string? breakdown, string? profileId, Audience audience, CancellationToken cancellationToken = default)
    {
        if (!catalogue.Indicators.TryGetValue(id, out Indicator? indicator) || await AvailabilityAsync(id, audience, cancellationToken) is not { } availability)
        {
            return IndicatorDataResult.NotFound($"There is no indicator '{id}'.");
        }

        if (availability.AreaTypes.Count == 0)
        {
            return IndicatorDataResult.NoData($"The indicator '{id}' has no data yet.", availability);
        }

        AreaTypeAvailability? level = areaType is null
            ? availability.AreaTypes.FirstOrDefault(t => t.AreaType == AreaType.District.ToSlug()) ?? availability.AreaTypes[^1]
            : availability.AreaTypes.FirstOrDefault(t => t.AreaType == areaType);
        if (level is null)
        {
            return IndicatorDataResult.NoData(
                $"The indicator '{id}' has no data by '{areaType}'; it has data by {string.Join(", ", availability.AreaTypes.Select(t => t.AreaType))}.",
                availability);
        }

        // Without a breakdown asked for, the one a profile row shows of the indicator (the profile's age band, else the total).
        string chosenBreakdown = breakdown ?? HeadlineBreakdown.Choose(level.Breakdowns, ProfileAge(profileId, id))!;
        if (!level.Breakdowns.Contains(chosenBreakdown, StringComparer.Ordinal))
        {
            return IndicatorDataResult.NoData(
                $"The indicator '{id}' has no breakdown '{breakdown}' by {level.AreaType}; it has {string.Join(", ", level.Breakdowns)}.",
                availability);
        }

        AreaType type = AreaTypes.All.First(t => t.ToSlug() == level.AreaType);
        IndicatorCellSet cells = await snapshot.GetAsync(audience, id, cancellationToken);

        // Without a period asked for, the breakdown's own latest: an age band can end before the indicator's others, and
        // the level's latest period would then be an empty map.
        IReadOnlyList<Period> breakdownPeriods = cells.Periods(type, chosenBreakdown);
        string chosenPeriod = period ?? (breakdownPeriods.Count > 0 ? breakdownPeriods[^1].ToString() : level.LatestPeriod);
        if (!level.Periods.Contains(chosenPeriod, StringComparer.Ordinal))
        {
            return IndicatorDataResult.NoData(
                $"The indicator '{id}' has no data by {level.AreaType} for the period '{period}'; it has {level.Periods[0]} to {level.LatestPeriod} ({level.Periods.Count} periods).",
                availability);
        }

        Period parsedPeriod = Period.Parse(chosenPeriod);
        IReadOnlyList<StoredCell> found = cells.Level(type, parsedPeriod, chosenBreakdown);
        if (found.Count == 0)
        {
            string has = breakdownPeriods.Count == 0
                ? "no period"
                : $"{breakdownPeriods[0]} to {breakdownPeriods[^1]} ({breakdownPeriods.Count} periods)";
            return IndicatorDataResult.NoData(
                $"The indicator '{id}' has no data by {level.AreaType} in the breakdown '{chosenBreakdown}' for the period '{chosenPeriod}'; that breakdown has {has}.",
                availability);
        }

        Polarity polarity = Polarity.NoJudgement;
        if (profileId is not null)
        {
            if (catalogue.FindProfile(profileId) is not { } profile)
            {
                return IndicatorDataResult.NotFound($"There is no profile '{profileId}'.");
            }

            polarity = profile.Indicators.FirstOrDefault(i => i.Indicator == id)?.Polarity ?? Polarity.NoJudgement;
        }

        StoredCell? city = catalogue.City is { } cityArea
            ? cells.Level(AreaType.City, parsedPeriod, chosenBreakdown).FirstOrDefault(c => c.Area == cityArea.Code)
            : null;
        return IndicatorDataResult.Found(new IndicatorDataView(
            IndicatorView.From(indicator),
            level.AreaType,
            chosenPeriod,
            chosenBreakdown,
            AreaProfileService.Slug(polarity),
            city is null ? null : CellView(city, indicator, polarity),
            [.. found.Where(c => catalogue.Areas.ContainsKey(c.Area)).Select(c => CellView(c, indicator, polarity))]));
    }

    /// <summary>
    /// The series of <paramref name="area"/> and of the city for one indicator and breakdown, as <paramref name="audience"/>
    /// may see them; <see langword="null"/> when the indicator or area is unknown. A <see langword="null"/>
    /// <paramref name="breakdown"/> means the total or, where the area's type has no total, its first breakdown (as
    /// <see cref="DataAsync"/> chooses).
    /// </summary>
    public async Task<SeriesView?> SeriesAsync(IndicatorId id, AreaCode area, string? breakdown, string? profileId, Audience audience, CancellationToken cancellationToken = default)
    {
        if (!catalogue.Indicators.TryGetValue(id, out Indicator? indicator) || !catalogue.Areas.TryGetValue(area, out Area? areaInfo))
        {
            return null;
        }

        if (breakdown is null)
        {
            AreaTypeAvailability? level = (await AvailabilityAsync(id, audience, cancellationToken))?.AreaTypes.FirstOrDefault(a => a.AreaType == areaInfo.Type.ToSlug());
            breakdown = level is null ? Breakdown.Total.Key : HeadlineBreakdown.Choose(level.Breakdowns, ProfileAge(profileId, id)) ?? Breakdown.Total.Key;
        }

        Polarity polarity = profileId is not null && catalogue.FindProfile(profileId) is { } profile
            ? profile.Indicators.FirstOrDefault(i => i.Indicator == id)?.Polarity ?? Polarity.NoJudgement
            : Polarity.NoJudgement;
        List<AreaCode> codes = [area];
        if (catalogue.City is { } city && city.Code != area)
        {
            codes.Add(city.Code);
        }

        IndicatorCellSet set = await snapshot.GetAsync(audience, id, cancellationToken);
        List<StoredCell> cells = [.. codes.SelectMany(code => set.Series(code, breakdown))];
        List<StoredCell> own = [.. cells.Where(c => c.Area == area)];
        IReadOnlyList<Forecasts.ForecastView> forecasts = await new Forecasts.ForecastService(store).ForAreaAsync(audience, id, area, breakdown, cancellationToken);
        return new SeriesView(
            id.Value,
            breakdown,
            AreaRef.From(areaInfo),
            [.. own.Select(c => Point(c, indicator))],
            [.. cells.Where(c => c.Area != area).Select(c => Point(c, indicator))],
            own.Count == 0 ? null : AreaProfileService.TrendOf(own[^1].Trend, polarity),
            indicator.Synthetic)
        {
            Forecast = Forecasts.ForecastService.Matching(forecasts, own.Count == 0 ? null : own[^1].Period.ToString()),
        };
    }

    /// <summary>The breakdowns other than the total of one indicator for one area and period, as <paramref name="audience"/> may see them; empty for an unknown indicator.</summary>
    public async Task<IReadOnlyList<BreakdownCellView>> BreakdownsAsync(IndicatorId id, AreaCode area, Period period, Audience audience, CancellationToken cancellationToken = default)
    {
        if (!catalogue.Indicators.TryGetValue(id, out Indicator? indicator))
        {
            return [];
        }

        IReadOnlyList<StoredCell> cells = (await snapshot.GetAsync(audience, id, cancellationToken)).Breakdowns(area, period);
        return [.. cells
            .Where(c => c.Breakdown != Breakdown.Total.Key)
            .OrderBy(c => c.Breakdown, BreakdownOrder.Instance)
            .Select(c => new BreakdownCellView(
                c.Breakdown,
                c.Estimate?.Value,
                c.Estimate?.Ci95 is { } ci ? new IntervalView(ci.Lower, ci.Upper) : null,
                c.Numerator,
                c.Denominator,
                c.NoValueKind ?? "available",
                AreaProfileService.DisclosureOf(c, indicator)))];
    }

    private static SeriesPoint Point(StoredCell cell, Indicator indicator) => new(
        cell.Period.ToString(),
        cell.Estimate?.Value,
        cell.Estimate?.Ci95 is { } ci ? new IntervalView(ci.Lower, ci.Upper) : null,
        cell.NoValueKind ?? "available",
        AreaProfileService.DisclosureOf(cell, indicator));

    /// <summary>The age band <paramref name="profileId"/> shows of <paramref name="id"/>, if it names one.</summary>
    private AgeBand? ProfileAge(string? profileId, IndicatorId id) =>
        profileId is not null && catalogue.FindProfile(profileId) is { } profile
            ? profile.Indicators.FirstOrDefault(i => i.Indicator == id)?.Age
            : null;

    private AreaCellView CellView(StoredCell cell, Indicator indicator, Polarity polarity) => new(
        AreaRef.From(catalogue.Areas[cell.Area]),
        cell.Estimate?.Value,
        cell.Estimate?.Ci95 is { } ci95 ? new IntervalView(ci95.Lower, ci95.Upper) : null,
        cell.Estimate?.Ci998 is { } ci998 ? new IntervalView(ci998.Lower, ci998.Upper) : null,
        cell.Numerator,
        cell.Denominator,
        cell.NoValueKind ?? "available",
        cell.NoValueReason,
        profiles.Judged(cell.VersusCity, polarity),
        profiles.Judged(cell.VersusParent, polarity),
        cell.Quintile,
        cell.Rank,
        cell.PeerCount,
        AreaProfileService.TrendOf(cell.Trend, polarity),
        cell.BatchId,
        cell.Derivation,
        AreaProfileService.DisclosureOf(cell, indicator));
}

/// <summary>The outcome of <see cref="IndicatorDataService.DataAsync"/>: the data, or why there are none.</summary>
/// <param name="View">The data; <see langword="null"/> on a problem.</param>
/// <param name="Problem">What is wrong, naming what there is instead.</param>
/// <param name="IsNotFound">Whether the indicator or the profile does not exist (as opposed to a choice it has no data for).</param>
/// <param name="Availability">What the indicator has data for, with a problem about a choice.</param>
public sealed record IndicatorDataResult(IndicatorDataView? View, string? Problem, bool IsNotFound, AvailabilityView? Availability)
{
    internal static IndicatorDataResult Found(IndicatorDataView view) => new(view, null, false, null);

    internal static IndicatorDataResult NotFound(string problem) => new(null, problem, true, null);

    internal static IndicatorDataResult NoData(string problem, AvailabilityView availability) => new(null, problem, false, availability);
}
