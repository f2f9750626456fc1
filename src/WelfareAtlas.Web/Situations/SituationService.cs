using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Profiles;
using WelfareAtlas.Situation;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Situation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Situations;

/// <summary>
/// Builds the situational picture (<see cref="SituationalPicture"/>) from the cells an audience may see, once per
/// compute run, audience and profile, and answers the city's and each area's picture from it.
/// </summary>
/// <remarks>
/// Outliers (a data-quality flag with the batch) are for analysts only. Analysts see every revision (raw delivered
/// numbers against the ones they superseded, before disclosure control); the public sees a revision only as the change
/// in a value it is shown now, from a superseded number that would itself have been publishable
/// (<see cref="PublicRevisions"/>). The public's picture is computed from the public's cells, so a hidden cell is in
/// no finding.
/// </remarks>
/// <param name="store">The open store.</param>
/// <param name="catalogue">The indicators and profiles.</param>
public sealed class SituationService(AtlasStore store, AtlasCatalogue catalogue)
{
    private readonly ConcurrentDictionary<(Audience, string), Lazy<Task<(long Run, IReadOnlyList<SituationFinding> Findings)>>> pictures = [];

    /// <summary>The kinds in the order pages and the API show them.</summary>
    public static IReadOnlyList<SituationKind> Order { get; } =
        [SituationKind.WorseAndWorsening, SituationKind.SignificantChange, SituationKind.SignificantRevision, SituationKind.NewHigh, SituationKind.NewLow, SituationKind.Outlier];

    /// <summary>The profile used when none is named: the catalogue's first.</summary>
    public Profile? DefaultProfile => catalogue.Profiles.Count > 0 ? catalogue.Profiles[0] : null;

    /// <summary>The picture of the city (<paramref name="area"/> <see langword="null"/>: the city and its areas) or of one area, at most <paramref name="limit"/> findings per kind.</summary>
    public async Task<SituationView> PictureAsync(Audience audience, Profile profile, AreaCode? area, int limit, CancellationToken cancellationToken = default)
    {
        long run = await LatestRunAsync(cancellationToken);
        (Audience, string) key = (audience, profile.Id);
        Lazy<Task<(long Run, IReadOnlyList<SituationFinding> Findings)>> entry = pictures.GetOrAdd(key, _ => new(() => BuildAsync(audience, profile, run)));
        (long Run, IReadOnlyList<SituationFinding> Findings) built = await entry.Value;
        if (built.Run != run)
        {
            Lazy<Task<(long, IReadOnlyList<SituationFinding>)>> fresh = new(() => BuildAsync(audience, profile, run));
            pictures.TryUpdate(key, fresh, entry);
            built = await pictures[key].Value;
        }

        IEnumerable<SituationFinding> findings = area is { } code ? built.Findings.Where(f => f.Area == code) : built.Findings.Where(f => InTheCity(f.Area));
        List<SituationFinding> visible = [.. findings];
        return new SituationView(
            area?.Value,
            profile.Id,
            audience == Audience.Analyst ? "analyst" : "public",
            built.Run,
            [.. Order
                .Where(kind => audience == Audience.Analyst || !AnalystOnly(kind))
                .Select(kind =>
                {
                    List<SituationFinding> ofKind = [.. visible.Where(f => f.Kind == kind)];
                    return new FindingGroupView(Slug(kind), ofKind.Count, [.. ofKind.Take(limit).Select(f => View(f, catalogue.Indicators.TryGetValue(f.Indicator, out Indicator? indicator) && indicator.Synthetic))]);
                })]);
    }

    /// <summary>
    /// Whether <paramref name="area"/> is the city or lies within it: the city's picture is about its own areas, not
    /// the other municipalities it is compared with (their findings are in their own pictures).
    /// </summary>
    private bool InTheCity(AreaCode area)
    {
        AreaCode? code = area;
        while (code is { } current && catalogue.Areas.TryGetValue(current, out Area? found))
        {
            if (current == catalogue.City?.Code)
            {
                return true;
            }

            code = found.Parent;
        }

        return false;
    }

    /// <summary>Whether only analysts (stewards) see findings of <paramref name="kind"/>.</summary>
    public static bool AnalystOnly(SituationKind kind) => kind is SituationKind.Outlier;

    /// <summary>Whether the pages show analysts the batches of findings of <paramref name="kind"/> (where the number came from, and the one it replaced).</summary>
    public static bool ShowsBatch(SituationKind kind) => kind is SituationKind.Outlier or SituationKind.SignificantRevision;

    /// <summary>The API's name of a kind.</summary>
    public static string Slug(SituationKind kind) => kind switch
    {
        SituationKind.SignificantChange => "significant-change",
        SituationKind.SignificantRevision => "significant-revision",
        SituationKind.WorseAndWorsening => "worse-and-worsening",
        SituationKind.NewHigh => "new-high",
        SituationKind.NewLow => "new-low",
        _ => "outlier",
    };

    private static FindingView View(SituationFinding f, bool synthetic) => new(
        Slug(f.Kind),
        f.Indicator.Value,
        f.Area.Value,
        f.Period.ToString(),
        f.Breakdown.Key,
        f.Value,
        f.Reference,
        f.ReferencePeriod?.ToString(),
        f.Worsening,
        f.Score,
        f.Detail,
        f.Batch,
        f.PreviousBatch,
        synthetic);

    private async Task<long> LatestRunAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT coalesce(max(id), 0) FROM compute_runs", cancellationToken: cancellationToken));
    }

    private async Task<(long Run, IReadOnlyList<SituationFinding> Findings)> BuildAsync(Audience audience, Profile profile, long run)
    {
        CellRepository repository = new(store.DataSource);
        List<IndicatorCell> cells = [];
        Dictionary<ObservationKey, long> batches = [];
        Dictionary<IndicatorId, Polarity> polarity = [];
        Dictionary<IndicatorId, IndicatorMethod> methods = [];
        Dictionary<IndicatorId, DisclosureRule> rules = [];
        Dictionary<ObservationKey, long> shown = [];
        foreach (ProfileIndicator member in profile.Indicators)
        {
            if (!catalogue.Indicators.TryGetValue(member.Indicator, out Indicator? indicator) || !polarity.TryAdd(member.Indicator, member.Polarity))
            {
                continue;
            }

            methods[indicator.Id] = new IndicatorMethod(indicator.Id, indicator.Measure, indicator.Multiplier);
            rules[indicator.Id] = indicator.Disclosure;
            IReadOnlyList<StoredCell> stored = await repository.ListIndicatorAsync(audience, indicator.Id);
            cells.AddRange(SituationCells.ToIndicatorCells(stored));
            foreach (StoredCell cell in stored)
            {
                ObservationKey key = new(cell.Indicator, cell.Area, cell.Period, cell.Breakdown);
                batches[key] = cell.BatchId;
                if (cell.Estimate is not null && cell.Disclosure is CellState.Published or CellState.Unreliable)
                {
                    shown[key] = cell.BatchId;
                }
            }
        }

        IReadOnlyList<ObservationRevision> revisions = await new RevisionRepository(store.DataSource).ListAsync([.. polarity.Keys]);
        IReadOnlyList<SituationFinding> findings = SituationalPicture.Build(new SituationInput(
            cells,
            id => polarity.GetValueOrDefault(id, Polarity.NoJudgement),
            methods,
            batches,
            audience == Audience.Analyst ? revisions : PublicRevisions.Select(revisions, shown, methods, rules)));
        return (run, [.. findings.Where(f => audience == Audience.Analyst || !AnalystOnly(f.Kind))]);
    }
}
