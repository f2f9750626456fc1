using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The compute run's inputs: the observations of its indicators, read from <c>observation_rows</c> by their keys
/// (migration <c>0011_observation_keys</c>) and turned into values through the dimension tables, each key parsed once.
/// </summary>
public sealed partial class ComputeRunner
{
    private const string ObservationKeyColumns = """
        SELECT r.indicator_key, r.area_key, r.period_key, r.breakdown_key, r.numerator, r.denominator, r.value,
               r.lower_limit, r.upper_limit, r.status_key, r.source_symbol, r.batch_id, r.derivation_key
        FROM observation_rows r
        WHERE r.indicator_key IN (SELECT indicator_key FROM observation_indicators WHERE indicator_id IN $ids)
        """;

    private const string CurrentObservations = ObservationKeyColumns + "\n" + """
          AND r.superseded_by IS NULL
        """;

    private const string PublishedObservations = ObservationKeyColumns + "\n" + """
          AND r.batch_id NOT IN (SELECT id FROM import_batches WHERE published_at > $now)
          AND (r.superseded_by IS NULL OR r.superseded_by IN (SELECT id FROM import_batches WHERE published_at > $now))
        """;

    /// <summary>
    /// The observations of <paramref name="methods"/>' indicators: current ones, or with <paramref name="publishedAt"/>
    /// what the public may see at that time. Where two give the same indicator, area, period and breakdown, the one
    /// closest to a delivery wins, then the newest batch (<see cref="Prefer"/>).
    /// </summary>
    private async Task<Dictionary<IndicatorId, List<StoredObservation>>> ReadObservationsAsync(
        DbConnection connection,
        List<IndicatorMethod> methods,
        DateTime? publishedAt,
        CancellationToken cancellationToken)
    {
        Dictionary<IndicatorId, List<StoredObservation>> byIndicator = [];
        if (methods.Count == 0)
        {
            return byIndicator;
        }

        string[] ids = [.. methods.Select(m => m.Id.Value)];
        CommandDefinition definition = new(
            publishedAt is null ? CurrentObservations : PublishedObservations,
            publishedAt is { } now ? new { ids, now } : new { ids },
            cancellationToken: cancellationToken);
        await using DbDataReader reader = await connection.ExecuteReaderAsync(definition);

        // Read once the rows' statement has started: keys are only ever added, so the tables then hold every key of
        // its rows (as CellDictionary does for cells).
        ObservationDimensions dimensions = await ObservationDimensions.ReadAsync(dataSource, cancellationToken);

        // Each key by its numbers, one dictionary per indicator: a key of three fresh strings per row held 1 GB for
        // the national demo's 6 million rows while they were read, and a tuple of four numbers hashed slowly.
        Dictionary<int, (List<StoredObservation> List, Dictionary<long, int> Positions)> indicators = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            int indicatorKey = reader.GetInt32(0);
            if (!indicators.TryGetValue(indicatorKey, out (List<StoredObservation> List, Dictionary<long, int> Positions) entry))
            {
                entry = ([], []);
                indicators[indicatorKey] = entry;
                byIndicator[dimensions.Indicator(indicatorKey)] = entry.List;
            }

            int areaKey = reader.GetInt32(1);
            int periodKey = reader.GetInt32(2);
            int breakdownKey = reader.GetInt32(3);
            long batch = reader.GetInt64(11);
            string? derivation = reader.IsDBNull(12) ? null : dimensions.Derivation(reader.GetInt32(12));
            long key = dimensions.KeyOf(areaKey, periodKey, breakdownKey);
            int existing = entry.Positions.GetValueOrDefault(key, -1);
            if (existing >= 0 && !Prefer(batch, derivation, entry.List[existing]))
            {
                continue;
            }

            Observation observation = new(
                dimensions.Indicator(indicatorKey),
                dimensions.Area(areaKey),
                dimensions.Period(periodKey),
                dimensions.Breakdown(breakdownKey),
                NullableDouble(reader, 4),
                NullableDouble(reader, 5),
                NullableDouble(reader, 6),
                NullableDouble(reader, 7),
                NullableDouble(reader, 8),
                dimensions.Status(reader.GetInt32(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10));
            StoredObservation stored = new(observation, batch, derivation);
            if (existing >= 0)
            {
                entry.List[existing] = stored;
            }
            else
            {
                entry.Positions[key] = entry.List.Count;
                entry.List.Add(stored);
            }
        }

        return byIndicator;
    }

    /// <summary>Whether an observation of <paramref name="batch"/> and <paramref name="derivation"/> wins over <paramref name="current"/> for the same key: the one closest to a delivery, then the newest batch.</summary>
    private static bool Prefer(long batch, string? derivation, StoredObservation current)
    {
        int rank = Closeness(derivation);
        int currentRank = Closeness(current.Derivation);
        return rank < currentRank || (rank == currentRank && batch > current.BatchId);
    }

    private static int Closeness(string? derivation) => derivation switch
    {
        null => 0,
        "sum" => 1,
        _ => 2,
    };

    private static double? NullableDouble(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private sealed record StoredObservation(Observation Observation, long BatchId, string? Derivation);

    /// <summary>
    /// What the keys of <c>observation_rows</c> stand for, each parsed once, so that the observations of a run share
    /// their codes, periods, breakdowns and derivation texts. Keys are never renumbered or removed.
    /// </summary>
    private sealed class ObservationDimensions
    {
        private readonly Dictionary<int, IndicatorId> indicators = [];
        private readonly Dictionary<int, AreaCode> areas = [];
        private readonly Dictionary<int, Period> periods = [];
        private readonly Dictionary<int, Breakdown> breakdowns = [];
        private readonly Dictionary<int, ObservationStatus> statuses = [];
        private readonly Dictionary<int, string> derivations = [];
        private long periodRadix;
        private long breakdownRadix;

        public static async Task<ObservationDimensions> ReadAsync(DbDataSource dataSource, CancellationToken cancellationToken)
        {
            await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
            ObservationDimensions dimensions = new();
            foreach ((int key, string id) in await Pairs(connection, "SELECT indicator_key, indicator_id FROM observation_indicators", cancellationToken))
            {
                dimensions.indicators[key] = IndicatorId.Parse(id);
            }

            foreach ((int key, string code) in await Pairs(connection, "SELECT area_key, area_code FROM observation_areas", cancellationToken))
            {
                dimensions.areas[key] = AreaCode.TryParse(code, out AreaCode area, out string? error)
                    ? area
                    : throw new StoreException($"observation_areas has an unreadable area code '{code}' (key {key}): {error}");
            }

            foreach ((int key, string period) in await Pairs(connection, "SELECT period_key, period FROM observation_periods", cancellationToken))
            {
                dimensions.periods[key] = Periods.Period.TryParse(period, out Periods.Period parsed, out string? error)
                    ? parsed
                    : throw new StoreException($"observation_periods has an unreadable period '{period}' (key {key}): {error}");
            }

            foreach ((int key, string breakdown) in await Pairs(connection, "SELECT breakdown_key, breakdown FROM observation_breakdowns", cancellationToken))
            {
                dimensions.breakdowns[key] = Observations.Breakdown.TryParseKey(breakdown, out Observations.Breakdown parsed, out string? error)
                    ? parsed
                    : throw new StoreException($"An observation in the store has an unreadable breakdown '{breakdown}': {error}");
            }

            foreach ((int key, string status) in await Pairs(connection, "SELECT status_key, status FROM observation_statuses", cancellationToken))
            {
                dimensions.statuses[key] = status switch
                {
                    "available" => ObservationStatus.Available,
                    "suppressed" => ObservationStatus.SuppressedBySource,
                    _ => ObservationStatus.Missing,
                };
            }

            foreach ((int key, string derivation) in await Pairs(connection, "SELECT derivation_key, derivation FROM observation_derivations", cancellationToken))
            {
                dimensions.derivations[key] = derivation;
            }

            // One number for an area, period and breakdown: keys count up from 1, so the largest bound each.
            dimensions.breakdownRadix = dimensions.breakdowns.Keys.DefaultIfEmpty(0).Max() + 1L;
            dimensions.periodRadix = checked((dimensions.periods.Keys.DefaultIfEmpty(0).Max() + 1L) * dimensions.breakdownRadix);
            _ = checked((dimensions.areas.Keys.DefaultIfEmpty(0).Max() + 1L) * dimensions.periodRadix);
            return dimensions;
        }

        public IndicatorId Indicator(int key) => Lookup(indicators, key, "observation_indicators");

        public AreaCode Area(int key) => Lookup(areas, key, "observation_areas");

        public Period Period(int key) => Lookup(periods, key, "observation_periods");

        public Breakdown Breakdown(int key) => Lookup(breakdowns, key, "observation_breakdowns");

        public ObservationStatus Status(int key) => Lookup(statuses, key, "observation_statuses");

        public string Derivation(int key) => Lookup(derivations, key, "observation_derivations");

        /// <summary>One number for an area, a period and a breakdown of an indicator, unique among its observations.</summary>
        public long KeyOf(int area, int period, int breakdown) => (area * periodRadix) + (period * breakdownRadix) + breakdown;

        private static async Task<IEnumerable<(int Key, string Text)>> Pairs(DbConnection connection, string sql, CancellationToken cancellationToken) =>
            await connection.QueryAsync<(int, string)>(new CommandDefinition(sql, cancellationToken: cancellationToken));

        private static T Lookup<T>(Dictionary<int, T> values, int key, string table) => values.TryGetValue(key, out T? value)
            ? value
            : throw new StoreException($"An observation in the store refers to key {key}, which {table} lacks.");
    }
}
