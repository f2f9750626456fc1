using System.Data.Common;
using System.Runtime.InteropServices;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Storage.Engines;

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
        """;

    private const string CurrentObservationsOfOne = ObservationKeyColumns + "\n" + """
        WHERE r.indicator_key = $key AND r.superseded_by IS NULL
        """;

    private const string PublishedObservations = ObservationKeyColumns + "\n" + """
        WHERE r.indicator_key IN (SELECT indicator_key FROM observation_indicators WHERE indicator_id IN $ids)
          AND r.batch_id NOT IN (SELECT id FROM import_batches WHERE published_at > $now)
          AND (r.superseded_by IS NULL OR r.superseded_by IN (SELECT id FROM import_batches WHERE published_at > $now))
        """;

    /// <summary>
    /// What the public may see at <paramref name="publishedAt"/> of <paramref name="methods"/>' indicators
    /// (<see cref="ReadPublishedObservationsAsync"/>), in one statement.
    /// </summary>
    private async Task<Dictionary<IndicatorId, List<StoredObservation>>> ReadObservationsAsync(
        DbConnection connection,
        List<IndicatorMethod> methods,
        DateTime publishedAt,
        CancellationToken cancellationToken)
    {
        Dictionary<IndicatorId, List<StoredObservation>> byIndicator = [];
        if (methods.Count == 0)
        {
            return byIndicator;
        }

        CommandDefinition definition = new(
            PublishedObservations,
            new { ids = methods.Select(m => m.Id.Value).ToArray(), now = publishedAt },
            cancellationToken: cancellationToken);
        await using DbDataReader reader = await connection.ExecuteReaderAsync(definition);

        // Read once the rows' statement has started: keys are only ever added, so the tables then hold every key of
        // its rows (as CellDictionary does for cells).
        ObservationDimensions dimensions;
        await using (DbConnection other = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            dimensions = await ObservationDimensions.ReadAsync(other, null, cancellationToken);
        }

        foreach ((int key, List<StoredObservation> list) in await ReadRowsAsync(reader, dimensions, 0, cancellationToken))
        {
            byIndicator[dimensions.Indicator(key)] = list;
        }

        return byIndicator;
    }

    /// <summary>
    /// The rows of <paramref name="reader"/> (<see cref="ObservationKeyColumns"/>) as observations by indicator key. Where
    /// two give the same indicator, area, period and breakdown, the one closest to a delivery wins, then the newest
    /// batch (<see cref="Prefer"/>). <paramref name="expected"/> is the number of rows expected of the first indicator met,
    /// to size its list and keys once (0 when unknown).
    /// </summary>
    private static async Task<Dictionary<int, List<StoredObservation>>> ReadRowsAsync(DbDataReader reader, ObservationDimensions dimensions, int expected, CancellationToken cancellationToken)
    {
        // Each key by its numbers, one dictionary per indicator: a key of three fresh strings per row held 1 GB for
        // the national demo's 6 million rows while they were read, and a tuple of four numbers hashed slowly.
        Dictionary<int, (List<StoredObservation> List, Dictionary<long, int> Positions)> indicators = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            int indicatorKey = reader.GetInt32(0);
            if (!indicators.TryGetValue(indicatorKey, out (List<StoredObservation> List, Dictionary<long, int> Positions) entry))
            {
                entry = indicators.Count == 0 ? (new(expected), new(expected)) : ([], []);
                indicators[indicatorKey] = entry;
            }

            int areaKey = reader.GetInt32(1);
            int periodKey = reader.GetInt32(2);
            int breakdownKey = reader.GetInt32(3);
            long batch = reader.GetInt64(11);
            string? derivation = reader.IsDBNull(12) ? null : dimensions.Derivation(reader.GetInt32(12));
            ref int position = ref CollectionsMarshal.GetValueRefOrAddDefault(
                entry.Positions, dimensions.KeyOf(areaKey, periodKey, breakdownKey), out bool repeated);
            if (repeated && !Prefer(batch, derivation, entry.List[position]))
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
            if (repeated)
            {
                entry.List[position] = stored;
            }
            else
            {
                position = entry.List.Count;
                entry.List.Add(stored);
            }
        }

        return indicators.ToDictionary(pair => pair.Key, pair => pair.Value.List);
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
    /// The current observations of a run, read one indicator at a time as the run gets to it, all in one read-only
    /// transaction (<see cref="StoreEngine.BeginSnapshotAsync"/>), so that they agree with each other as one statement's
    /// rows would, however long the run takes and whatever commits meanwhile: the computing of the first indicators
    /// overlaps the reading of the others, and only the indicators being computed or waiting for a core are held.
    /// </summary>
    private sealed class ObservationSnapshot : IAsyncDisposable
    {
        private readonly DbConnection connection;
        private readonly DbTransaction transaction;
        private readonly ObservationDimensions dimensions;
        private readonly Dictionary<int, long> counts;

        private ObservationSnapshot(DbConnection connection, DbTransaction transaction, ObservationDimensions dimensions, Dictionary<int, long> counts)
        {
            this.connection = connection;
            this.transaction = transaction;
            this.dimensions = dimensions;
            this.counts = counts;
        }

        /// <summary>Begins the snapshot on a connection of its own, with the dimension tables and the rows per indicator.</summary>
        public static async Task<ObservationSnapshot> OpenAsync(DbDataSource dataSource, CancellationToken cancellationToken)
        {
            DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
            try
            {
                DbTransaction transaction = await StoreEngine.Of(dataSource).BeginSnapshotAsync(connection, cancellationToken);
                ObservationDimensions dimensions = await ObservationDimensions.ReadAsync(connection, transaction, cancellationToken);
                Dictionary<int, long> counts = (await connection.QueryAsync<(int Key, long Rows)>(new CommandDefinition(
                        "SELECT indicator_key, count(*) FROM observation_rows WHERE superseded_by IS NULL GROUP BY indicator_key",
                        transaction: transaction,
                        cancellationToken: cancellationToken)))
                    .ToDictionary(row => row.Key, row => row.Rows);
                return new ObservationSnapshot(connection, transaction, dimensions, counts);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        /// <summary>How many current rows <paramref name="indicator"/> has (before repeated keys are resolved).</summary>
        public long RowsOf(IndicatorId indicator) => dimensions.KeyOf(indicator) is { } key ? counts.GetValueOrDefault(key) : 0;

        /// <summary>The current observations of <paramref name="indicator"/>; none while it has no rows.</summary>
        public async Task<List<StoredObservation>> ReadAsync(IndicatorId indicator, CancellationToken cancellationToken)
        {
            if (dimensions.KeyOf(indicator) is not { } key || counts.GetValueOrDefault(key) is not (> 0 and var rows))
            {
                return [];
            }

            await using DbDataReader reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                CurrentObservationsOfOne, new { key }, transaction, cancellationToken: cancellationToken));
            return (await ReadRowsAsync(reader, dimensions, (int)Math.Min(rows, int.MaxValue), cancellationToken)).GetValueOrDefault(key) ?? [];
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    /// <summary>
    /// What the keys of <c>observation_rows</c> stand for, each parsed once, so that the observations of a run share
    /// their codes, periods, breakdowns and derivation texts. Keys are never renumbered or removed.
    /// </summary>
    private sealed class ObservationDimensions
    {
        private readonly Dictionary<int, IndicatorId> indicators = [];
        private readonly Dictionary<string, int> indicatorKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<int, AreaCode> areas = [];
        private readonly Dictionary<int, Period> periods = [];
        private readonly Dictionary<int, Breakdown> breakdowns = [];
        private readonly Dictionary<int, ObservationStatus> statuses = [];
        private readonly Dictionary<int, string> derivations = [];
        private long periodRadix;
        private long breakdownRadix;

        /// <summary>Reads the dimension tables on <paramref name="connection"/>, in <paramref name="transaction"/> if given.</summary>
        public static async Task<ObservationDimensions> ReadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
        {
            ObservationDimensions dimensions = new();
            foreach ((int key, string id) in await Pairs(connection, transaction, "SELECT indicator_key, indicator_id FROM observation_indicators", cancellationToken))
            {
                dimensions.indicators[key] = IndicatorId.Parse(id);
                dimensions.indicatorKeys[id] = key;
            }

            foreach ((int key, string code) in await Pairs(connection, transaction, "SELECT area_key, area_code FROM observation_areas", cancellationToken))
            {
                dimensions.areas[key] = AreaCode.TryParse(code, out AreaCode area, out string? error)
                    ? area
                    : throw new StoreException($"observation_areas has an unreadable area code '{code}' (key {key}): {error}");
            }

            foreach ((int key, string period) in await Pairs(connection, transaction, "SELECT period_key, period FROM observation_periods", cancellationToken))
            {
                dimensions.periods[key] = Periods.Period.TryParse(period, out Periods.Period parsed, out string? error)
                    ? parsed
                    : throw new StoreException($"observation_periods has an unreadable period '{period}' (key {key}): {error}");
            }

            foreach ((int key, string breakdown) in await Pairs(connection, transaction, "SELECT breakdown_key, breakdown FROM observation_breakdowns", cancellationToken))
            {
                dimensions.breakdowns[key] = Observations.Breakdown.TryParseKey(breakdown, out Observations.Breakdown parsed, out string? error)
                    ? parsed
                    : throw new StoreException($"An observation in the store has an unreadable breakdown '{breakdown}': {error}");
            }

            foreach ((int key, string status) in await Pairs(connection, transaction, "SELECT status_key, status FROM observation_statuses", cancellationToken))
            {
                dimensions.statuses[key] = status switch
                {
                    "available" => ObservationStatus.Available,
                    "suppressed" => ObservationStatus.SuppressedBySource,
                    _ => ObservationStatus.Missing,
                };
            }

            foreach ((int key, string derivation) in await Pairs(connection, transaction, "SELECT derivation_key, derivation FROM observation_derivations", cancellationToken))
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

        /// <summary>The key of <paramref name="indicator"/>, or null while it has never had an observation.</summary>
        public int? KeyOf(IndicatorId indicator) => indicatorKeys.TryGetValue(indicator.Value, out int key) ? key : null;

        public AreaCode Area(int key) => Lookup(areas, key, "observation_areas");

        public Period Period(int key) => Lookup(periods, key, "observation_periods");

        public Breakdown Breakdown(int key) => Lookup(breakdowns, key, "observation_breakdowns");

        public ObservationStatus Status(int key) => Lookup(statuses, key, "observation_statuses");

        public string Derivation(int key) => Lookup(derivations, key, "observation_derivations");

        /// <summary>One number for an area, a period and a breakdown of an indicator, unique among its observations.</summary>
        public long KeyOf(int area, int period, int breakdown) => (area * periodRadix) + (period * breakdownRadix) + breakdown;

        private static async Task<IEnumerable<(int Key, string Text)>> Pairs(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken) =>
            await connection.QueryAsync<(int, string)>(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));

        private static T Lookup<T>(Dictionary<int, T> values, int key, string table) => values.TryGetValue(key, out T? value)
            ? value
            : throw new StoreException($"An observation in the store refers to key {key}, which {table} lacks.");
    }
}
