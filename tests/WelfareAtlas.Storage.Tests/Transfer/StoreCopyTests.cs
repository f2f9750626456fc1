using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Access;
using WelfareAtlas.Areas;
using WelfareAtlas.Auditing;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Profiles;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage.Access;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Tests.Batches;
using WelfareAtlas.Storage.Engines;
using WelfareAtlas.Storage.Forecasts;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Storage.Profiles;
using WelfareAtlas.Storage.Tests.Stores;
using WelfareAtlas.Storage.Transfer;

namespace WelfareAtlas.Storage.Tests.Transfer;

/// <summary>A whole store moved from DuckDB into the provider under test and back into a new DuckDB store, with nothing lost.</summary>
public abstract class StoreCopyTests<TStore> : IAsyncLifetime
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Population = IndicatorId.Parse("population");
    private readonly TStore place = new();
    private readonly DuckDbTestStore origin = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => place.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await place.DisposeAsync();
        await origin.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task CopyAsync_RoundTripThroughTheProvider_KeepsEveryRowOfEveryTable()
    {
        await using AtlasStore source = await CreateFullStoreAsync();
        Dictionary<string, List<string>> original = await DumpAsync(source);
        // Every table holds something, or the comparison would prove little.
        Assert.All(original, table => Assert.NotEmpty(table.Value));
        Assert.Superset(
            new HashSet<string>(["areas", "area_overlaps", "indicators", "profiles", "profile_domains", "profile_indicators", "import_batches", "observation_rows", "observation_indicators", "observation_areas", "observation_periods", "observation_breakdowns", "observation_statuses", "observation_derivations", "rejected_rows", "derivation_weights", "compute_runs", "stale_indicators", "cell_texts", "cell_blocks", "forecasts", "forecast_accuracy"]),
            new HashSet<string>(original.Keys));

        IReadOnlyList<CopiedTable> there = await StoreCopy.CopyAsync(source, place.Location, TimeProvider.System, Token);
        StoreLocation back = await origin.CreateAnotherAsync();
        await using (AtlasStore middle = await AtlasStore.OpenAsync(place.Location, TimeProvider.System, Token))
        {
            Assert.Equal(original, await DumpAsync(middle));
            await StoreCopy.CopyAsync(middle, back, TimeProvider.System, Token);
        }

        Assert.Equal(original.Select(table => new CopiedTable(table.Key, table.Value.Count)), there);
        await using AtlasStore returned = await AtlasStore.OpenAsync(back, TimeProvider.System, Token);
        Assert.Equal(original, await DumpAsync(returned));
    }

    [Fact]
    public async Task CopyAsync_NewStore_NumbersTheNextBatchAfterTheCopiedOnes()
    {
        await using AtlasStore source = await CreateFullStoreAsync();
        long last = await ScalarAsync<long>(source, "SELECT max(id) FROM import_batches");

        await StoreCopy.CopyAsync(source, place.Location, TimeProvider.System, Token);
        await using AtlasStore copy = await AtlasStore.OpenAsync(place.Location, TimeProvider.System, Token);
        long? inCopy = (await CommitOneAsync(copy)).BatchId;
        long? inSource = (await CommitOneAsync(source)).BatchId;
        // Never a number the old store has used or would give next. DuckDB reports a sequence's position one ahead
        // after some use, so the copy may skip one number; a gap in batch numbers is harmless, a repeat is not.
        Assert.True(inCopy > last);
        Assert.InRange(inCopy!.Value, inSource!.Value, inSource.Value + 1);
    }

    [Fact]
    public async Task CopyAsync_TargetHoldsAStore_IsRefusedAndLeftAsItWas()
    {
        await using AtlasStore source = await CreateFullStoreAsync();
        (AtlasStore existing, _) = await AtlasStore.OpenOrCreateAsync(
            place.Location, (dataSource, token) => new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token), TimeProvider.System, Token);
        await existing.DisposeAsync();

        StoreException error = await Assert.ThrowsAsync<StoreException>(() => StoreCopy.CopyAsync(source, place.Location, TimeProvider.System, Token));

        Assert.Contains(place.Location.ToString(), error.Message, StringComparison.Ordinal);
        await using AtlasStore after = await AtlasStore.OpenAsync(place.Location, TimeProvider.System, Token);
        Assert.Equal(0L, await ScalarAsync<long>(after, "SELECT count(*) FROM import_batches"));
    }

    private static Task<CommitResult> CommitOneAsync(AtlasStore store) =>
        new ImportBatchRepository(store.DataSource, TimeProvider.System).CommitAsync(
            new ImportBatchHeader("after-copy", "after.csv", "hash-after", "mapping", "tester"),
            Rows(new SourcedObservation(new Observation(Population, SampleGeography.Tapanila, Period.OfYear(2030), Breakdown.Total, 1, null), 2)),
            [],
            new CommitOptions(),
            Token);

    /// <summary>A DuckDB store with something in every table: areas and their overlaps, the catalogue and profiles, batches committed, partial, derived and rolled back, and their cells.</summary>
    private async Task<AtlasStore> CreateFullStoreAsync()
    {
        (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(
            origin.Location,
            async (dataSource, token) =>
            {
                await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token);
                await new IndicatorRepository(dataSource).UpsertAsync(IndicatorCatalogue.All, token);
                await new ProfileRepository(dataSource).ReplaceAllAsync(ProfileCatalogue.All, token);
            },
            TimeProvider.System,
            Token);
        ImportBatchRepository batches = new(store.DataSource, TimeProvider.System);
        CrosswalkPlan plan = new([new CrosswalkWeight(2023, SampleGeography.Postal00730, SampleGeography.Tapanila, 1.0, OverlapBasis.Population)]);
        await batches.CommitAsync(
            Header("first"),
            Rows(
                Obs(SampleGeography.Postal00730, 2023, 7000.25, 2),
                new SourcedObservation(new Observation(Population, SampleGeography.Postal00730, Period.OfMonth(2023, 7), new Breakdown(Sex.Female, AgeBand.All), null, null, 0.1, 0.05, 0.2, ObservationStatus.Available), null, "Sheet1!C5")),
            [],
            new CommitOptions { Crosswalk = plan },
            Token);
        // A partial vintage: one duplicate key and one rejected row are stored with it.
        await batches.CommitAsync(
            Header("second"),
            Rows(Obs(SampleGeography.Postal00730, 2023, 7100, 2), Obs(SampleGeography.Postal00730, 2023, 7200, 3)),
            [new RejectedRow(4, "area", "UNKNOWN_AREA", "No such area: 'x' ×.", "99999")],
            new CommitOptions { AllowPartial = true },
            Token);
        CommitResult third = await batches.CommitAsync(Header("third"), Rows(Obs(SampleGeography.Tapanila, 2024, 1, 2)), [], new CommitOptions(), Token);
        await batches.RollbackAsync(third.BatchId!.Value, "tests", Token);
        await new ComputeRunner(store.DataSource, TimeProvider.System).RunAllAsync("full", Token);
        // A batch committed after the run (as with --no-compute) leaves its indicator marked stale.
        await batches.CommitAsync(Header("fourth"), Rows(Obs(SampleGeography.Tapanila, 2025, 3, 4)), [], new CommitOptions(), Token);
        IndicatorForecastAccuracy accuracy = new(Population, PeriodKind.Year, 11, 3, 5, 15, 0.91, 1.02, null, 0.8, 0.95);
        SeriesForecast forecast = new(
            Population,
            SampleGeography.Tapanila,
            Breakdown.Total,
            PeriodKind.Year,
            Period.OfYear(2019),
            Period.OfYear(2023),
            5,
            SmoothingModel.Simple,
            ForecastScale.NonNegative,
            false,
            [new PeriodForecast(Period.OfYear(2024), 1, 7050.5, 6900, 7200, 6800, 7300)],
            accuracy);
        await new ForecastRepository(store.DataSource).ReplaceAsync(1, [Population], new ForecastRunResult([forecast], [accuracy], 0), Token);

        // The refresh record, a "worse and worsening" status, an alert, and a subscription with its queued confirmation.
        DateTime at = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        await using (DbConnection connection = await store.DataSource.OpenConnectionAsync(Token))
        {
            string indicator = Population.Value;
            string area = SampleGeography.Tapanila.Value;
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO indicator_refreshes VALUES ($indicator, 1, $at)", new { indicator, at }, cancellationToken: Token));
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO worse_worsening VALUES ('older-people', $indicator, $area, 'total', 'year', '2023', 7000.5, NULL)", new { indicator, area }, cancellationToken: Token));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO alerts VALUES (nextval('alert_ids'), 1, $at, TRUE, 'older-people', $indicator, $area, 'total', 'year', '2023', 7000.5, 6500.25)", new { at, indicator, area }, cancellationToken: Token));
        }

        await new Alerts.AlertRepository(store.DataSource, TimeProvider.System)
            .SubscribeAsync("planner@example.fi", "sv", Alerts.AlertTargetKind.Area, SampleGeography.Tapanila.Value, _ => ("subject", "body åäö"), cancellationToken: Token);

        // An account, an API key and audit entries: the copy keeps the hashes and the chain as they are.
        await new UserRepository(store.DataSource, TimeProvider.System).AddAsync("analyst.asa", Role.Analyst, PasswordHash.Create("a long enough password", iterations: 1000), "tests", Token);
        await new ApiKeyRepository(store.DataSource, TimeProvider.System).AddAsync("loader", Role.Steward, "tests", Token);
        AuditLog log = new(store.DataSource, TimeProvider.System);
        await log.AppendAsync("cli:root", AuditAction.UserAdded, "analyst.asa", "analyst", Token);
        await log.AppendAsync("key:1", AuditAction.Import, "1", "väestö.csv", Token);
        return store;
    }

    /// <summary>Every data table's rows as invariant text, sorted, so stores of either provider compare equal when their contents are.</summary>
    private static async Task<Dictionary<string, List<string>>> DumpAsync(AtlasStore store)
    {
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
        Dictionary<string, List<string>> dump = [];
        foreach (string table in await StoreTables.ListDataAsync(connection, Token))
        {
            IReadOnlyList<(string Name, ColumnType Type)> columns = await StoreTables.ListColumnsAsync(connection, table, Token);
            List<string> rows = [];
            await using DbDataReader reader = await connection.ExecuteReaderAsync($"SELECT * FROM {StoreEngine.Quote(table)}");
            while (await reader.ReadAsync(Token))
            {
                rows.Add(string.Join('\u001f', columns.Select((column, i) => Text(reader.IsDBNull(i) ? null : reader.GetValue(i), column.Type))));
            }

            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }

        return dump;
    }

    private static string Text(object? value, ColumnType type) => value switch
    {
        null => "NULL",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime time when type == ColumnType.Date => DateOnly.FromDateTime(time).ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
        byte[] or Stream => Convert.ToHexString(Blobs.ToArray(value)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static async Task<T> ScalarAsync<T>(AtlasStore store, string sql)
    {
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    private static ImportBatchHeader Header(string content) => new("census", "census.csv", "hash-" + content, "mapping", "tester");

    private static SourcedObservation Obs(AreaCode area, int year, double count, int line) => TestRows.Count(area, year, count, line);

    private static IAsyncEnumerable<SourcedObservation> Rows(params SourcedObservation[] rows) => TestRows.Of(rows);
}
