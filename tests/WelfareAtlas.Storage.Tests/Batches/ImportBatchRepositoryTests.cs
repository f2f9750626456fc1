using System.Data.Common;
using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Auditing;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Engines;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Batches;

public abstract class ImportBatchRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Population = IndicatorId.Parse("population");
    private static readonly IndicatorId Mean = IndicatorId.Parse("mean-age");

    private ImportBatchRepository Batches => new(Store.DataSource, TimeProvider.System);

    protected override async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);
        await TestIndicators.InsertAsync(dataSource, "population", "count");
        await TestIndicators.InsertAsync(dataSource, "mean-age", "mean");
    }

    [Fact]
    public async Task CommitAsync_ValidBatch_StoresEveryObservationWithItsBatch()
    {
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2), Obs(SampleGeography.Tapanila, 2023, 5000, line: 3)), [], new CommitOptions(), Token);

        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        Assert.Equal(2, result.RowsImported);
        Assert.Equal(7000.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '00730' AND batch_id = $id", new { id = result.BatchId }));
        Assert.Equal(3, await ScalarAsync<int>("SELECT source_line FROM observations WHERE area_code = '0915503392'"));
        ImportBatch? batch = await Batches.FindAsync(result.BatchId!.Value, Token);
        Assert.NotNull(batch);
        Assert.Equal("committed", batch.Status);
        // The two delivered rows and Tapanila summed up to Malmi, Koillinen and the city (every delivery is summed up the hierarchy).
        Assert.Equal(5, batch.CurrentRows);
        Assert.Equal(3, result.RowsDerived);
    }

    [Fact]
    public async Task CommitAsync_DuplicateKey_RejectsWholeBatchAndWritesNothing()
    {
        // Lines 2 and 4 have the same indicator × area × period × breakdown.
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2), Obs(SampleGeography.Tapanila, 2023, 5000, line: 3), Obs(SampleGeography.Postal00730, 2023, 7100, line: 4)), [], new CommitOptions(), Token);

        Assert.Equal(CommitOutcome.Rejected, result.Outcome);
        RejectedRow duplicate = Assert.Single(result.DuplicateKeys);
        Assert.Equal(4, duplicate.Line);
        Assert.Equal("DUPLICATE_KEY", duplicate.Code);
        // Without the mapping's origins the message names the values of the key alone.
        Assert.Equal("The key came earlier in the file on line 2: indicator \"population\", area \"00730\", period \"2023\", breakdown \"total\"; the first is kept.", duplicate.Message);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM observations"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM import_batches"));
    }

    [Fact]
    public async Task CommitAsync_DuplicateKeyWithAllowPartial_KeepsFirstAndStoresRejection()
    {
        KeyOrigins origins = new("the mapping's constant", "column \"postinumero\"", "column \"vuosi\"", "none in the mapping");
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2), Obs(SampleGeography.Postal00730, 2023, 7100, line: 3)), [new RejectedRow(4, "area", "UNKNOWN_AREA", "No such area.", "99999")], new CommitOptions { AllowPartial = true, KeyOrigins = origins }, Token);

        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        Assert.Equal(1, result.RowsImported);
        Assert.Equal(2, result.RowsRejected);
        Assert.Equal(7000.0, await ScalarAsync<double>("SELECT numerator FROM observations"));
        IReadOnlyList<RejectedRow> rejected = await Batches.ListRejectedAsync(result.BatchId!.Value, 10, Token);
        Assert.Equal(["DUPLICATE_KEY", "UNKNOWN_AREA"], rejected.Select(r => r.Code));
        // The report and the stored row name the line of the first, each part's value and where it comes from.
        Assert.Equal(
            "The key came earlier in the file on line 2: indicator \"population\" (the mapping's constant), area \"00730\" (column \"postinumero\"), period \"2023\" (column \"vuosi\"), breakdown \"total\" (none in the mapping); the first is kept.",
            Assert.Single(result.DuplicateKeys).Message);
        Assert.Equal(result.DuplicateKeys[0], rejected[0]);
        Assert.True((await Batches.FindAsync(result.BatchId.Value, Token))!.Partial);
    }

    [Fact]
    public async Task CommitAsync_SourceErrorsWithoutAllowPartial_WritesNothing()
    {
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [new RejectedRow(3, "year", "BAD_PERIOD", "Not a period.", "20x3")], new CommitOptions(), Token);

        Assert.Equal(CommitOutcome.Rejected, result.Outcome);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM observations"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM rejected_rows"));
    }

    [Fact]
    public async Task CommitAsync_DryRun_ChecksButWritesNothing()
    {
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions { DryRun = true }, Token);

        Assert.Equal(CommitOutcome.DryRun, result.Outcome);
        Assert.Equal(1, result.RowsImported);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM import_batches"));
    }

    [Fact]
    public async Task CommitAsync_SameContentAgain_IsANoOpNamingTheFirstBatch()
    {
        CommitResult first = await Batches.CommitAsync(Header("same"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token);
        CommitResult second = await Batches.CommitAsync(Header("same"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token);

        Assert.Equal(CommitOutcome.AlreadyImported, second.Outcome);
        Assert.Equal(first.BatchId, second.BatchId);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM observations"));
    }

    [Fact]
    public async Task CommitAsync_NewVintage_SupersedesReplacedRowsAndRollbackRestoresThem()
    {
        CommitResult first = await Batches.CommitAsync(Header("v1"), Rows(Obs(SampleGeography.Postal00730, 2022, 6900, line: 2), Obs(SampleGeography.Postal00730, 2023, 7000, line: 3)), [], new CommitOptions(), Token);
        // The new vintage revises 2023 and adds nothing for 2022, which stays current from the first batch.
        CommitResult second = await Batches.CommitAsync(Header("v2"), Rows(Obs(SampleGeography.Postal00730, 2023, 7050, line: 2)), [], new CommitOptions(), Token);

        Assert.Equal(1, second.RowsSuperseded);
        Assert.Equal(7050.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE period = '2023' AND superseded_by IS NULL"));
        Assert.Equal(second.BatchId, await ScalarAsync<long>("SELECT superseded_by FROM observations WHERE period = '2023' AND batch_id = $id", new { id = first.BatchId }));
        Assert.Equal(1, (await Batches.FindAsync(first.BatchId!.Value, Token))!.CurrentRows);

        Assert.Equal(RollbackOutcome.RolledBack, await Batches.RollbackAsync(second.BatchId!.Value, "tests", Token));

        Assert.Equal(7000.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE period = '2023' AND superseded_by IS NULL"));
        Assert.Equal("rolled-back", (await Batches.FindAsync(second.BatchId.Value, Token))!.Status);
        Assert.Equal(RollbackOutcome.AlreadyRolledBack, await Batches.RollbackAsync(second.BatchId.Value, "tests", Token));
        Assert.Equal(RollbackOutcome.NotFound, await Batches.RollbackAsync(999, "tests", Token));
    }

    [Fact]
    public async Task RollbackAsync_OfTheMiddleOfThreeVintages_LeavesOneCurrentRowPerKey()
    {
        CommitResult first = await Batches.CommitAsync(Header("v1"), Rows(Obs(SampleGeography.Postal00730, 2022, 6900, line: 2), Obs(SampleGeography.Postal00730, 2023, 7000, line: 3)), [], new CommitOptions(), Token);
        CommitResult second = await Batches.CommitAsync(Header("v2"), Rows(Obs(SampleGeography.Postal00730, 2022, 6950, line: 2), Obs(SampleGeography.Postal00730, 2023, 7050, line: 3)), [], new CommitOptions(), Token);
        // The third revises 2023 only: 2022 stays the second's.
        CommitResult third = await Batches.CommitAsync(Header("v3"), Rows(Obs(SampleGeography.Postal00730, 2023, 7100, line: 2)), [], new CommitOptions(), Token);

        Assert.Equal(RollbackOutcome.RolledBack, await Batches.RollbackAsync(second.BatchId!.Value, "tests", Token));

        // 2023: the third's number, alone; the first's row is now superseded by the third. 2022: the first's again.
        Assert.Equal(7100.0, Assert.Single(await CurrentAsync(2023)));
        Assert.Equal(6900.0, Assert.Single(await CurrentAsync(2022)));
        Assert.Equal(third.BatchId, await ScalarAsync<long>("SELECT superseded_by FROM observations WHERE period = '2023' AND batch_id = $id", new { id = first.BatchId }));

        Assert.Equal(RollbackOutcome.RolledBack, await Batches.RollbackAsync(third.BatchId!.Value, "tests", Token));

        Assert.Equal(7000.0, Assert.Single(await CurrentAsync(2023)));
        Assert.Equal(6900.0, Assert.Single(await CurrentAsync(2022)));
        Assert.Equal(2, (await Batches.FindAsync(first.BatchId!.Value, Token))!.CurrentRows);

        async Task<double[]> CurrentAsync(int year) =>
            [.. await QueryAsync<double>(
                "SELECT numerator FROM observations WHERE area_code = '00730' AND period = $period AND superseded_by IS NULL ORDER BY numerator",
                new { period = year.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
    }

    [Fact]
    public async Task CommitAndRollback_EachRecordedInTheAuditLog_WithTheBatchAndWho()
    {
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token);
        await Batches.RollbackAsync(result.BatchId!.Value, "cli:steward", Token);

        AuditLog log = new(Store.DataSource, TimeProvider.System);
        IReadOnlyList<AuditEntry> entries = await log.ListAsync(10, Token);
        string batch = result.BatchId.Value.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(
            [("tester", "import", batch, "file.csv"), ("cli:steward", "rollback", batch, "")],
            entries.Select(entry => (entry.Actor, entry.Action, entry.Subject, entry.Detail)));
        Assert.True((await log.VerifyAsync(Token)).Intact);
    }

    [Fact]
    public async Task CommitAsync_WhoseAuditEntryCannotBeWritten_CommitsNothing()
    {
        // The entry is written in the batch's transaction: without it, the batch is not committed either (written after
        // the commit, a process killed between the two left a batch nobody could trace).
        await ExecuteAsync("ALTER TABLE audit_log RENAME TO audit_log_away");

        await Assert.ThrowsAnyAsync<DbException>(() => Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token));

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM import_batches"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM observations"));
    }

    [Fact]
    public async Task RollbackAsync_WhoseAuditEntryCannotBeWritten_LeavesTheBatchCommitted()
    {
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token);
        await ExecuteAsync("ALTER TABLE audit_log RENAME TO audit_log_away");

        await Assert.ThrowsAnyAsync<DbException>(() => Batches.RollbackAsync(result.BatchId!.Value, "tests", Token));

        Assert.Equal("committed", (await Batches.FindAsync(result.BatchId!.Value, Token))!.Status);
        Assert.Equal(7000.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '00730'"));
    }

    [Fact]
    public async Task CommitAsync_WhileAnotherEntryIsBeingWritten_TakesTheNextPlaceInTheChain()
    {
        // Another change of the store (a rollback of another source) has written its entry in its own transaction and
        // not committed yet. The batch commits meanwhile: it waits for the audit log (PostgreSQL: the log's lock;
        // DuckDB: the store's one lock) and takes the place after that entry, instead of the same place (which failed
        // the later commit on the entry's key).
        AuditLog log = new(Store.DataSource, TimeProvider.System);
        await using DbConnection other = await Store.DataSource.OpenConnectionAsync(Token);
        Task<CommitResult> commit;
        await using (IAsyncDisposable otherLock = await StoreEngine.Of(Store.DataSource).LockAsync(other, "source:other", Token))
        {
            await using DbTransaction transaction = await other.BeginTransactionAsync(Token);
            await log.AppendAsync(other, transaction, "cli:steward", AuditAction.Rollback, "41", "", Token);
            commit = Task.Run(() => Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token), Token);
            // Time for the batch to reach its own entry (its staging and copying take well under a second here).
            await Task.Delay(TimeSpan.FromSeconds(1), Token);
            Assert.False(commit.IsCompleted);
            await transaction.CommitAsync(Token);
        }

        CommitResult result = await commit;
        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        Assert.Equal(["rollback", "import"], (await log.ListAsync(10, Token)).Select(entry => entry.Action));
        Assert.True((await log.VerifyAsync(Token)).Intact);
    }

    [Fact]
    public async Task PublicationAndRollback_OfOneBatchAtOnce_BothFinish()
    {
        // A publication takes the batch's row, then the audit log; so does a rollback. When the publication held the
        // audit log first and then waited for the row, and the rollback held the row and waited for the audit log,
        // PostgreSQL ended one of them as a deadlock. Another entry being written holds the audit log while both start.
        CommitResult result = await Batches.CommitAsync(Header("a"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token);
        long id = result.BatchId!.Value;
        BatchPublication publication = new(Store.DataSource, TimeProvider.System);
        Task<bool> publish;
        Task<RollbackOutcome> rollback;
        await using (DbConnection holder = await Store.DataSource.OpenConnectionAsync(Token))
        {
            await using IAsyncDisposable held = await StoreEngine.Of(Store.DataSource).LockAsync(holder, "audit-log", Token);
            publish = Task.Run(() => publication.SetAsync(id, DateTime.UtcNow.AddDays(1), "tests", Token), Token);
            await Task.Delay(TimeSpan.FromMilliseconds(500), Token);
            rollback = Task.Run(() => Batches.RollbackAsync(id, "tests", Token), Token);
            await Task.Delay(TimeSpan.FromMilliseconds(500), Token);
        }

        bool published = await publish;
        Assert.Equal(RollbackOutcome.RolledBack, await rollback);
        AuditLog log = new(Store.DataSource, TimeProvider.System);
        Assert.True((await log.VerifyAsync(Token)).Intact);
        Assert.Equal(published ? 1L : 0L, await ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'publication'"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'rollback'"));
    }

    [Fact]
    public async Task CommitAsync_OtherSource_DoesNotSupersede()
    {
        await Batches.CommitAsync(Header("v1"), Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2)), [], new CommitOptions(), Token);
        CommitResult other = await Batches.CommitAsync(Header("v2", source: "other"), Rows(Obs(SampleGeography.Postal00730, 2023, 7050, line: 2)), [], new CommitOptions(), Token);

        Assert.Equal(0, other.RowsSuperseded);
        Assert.Equal(2L, await ScalarAsync<long>("SELECT count(*) FROM observations WHERE superseded_by IS NULL"));
    }

    [Fact]
    public async Task CommitAsync_WithCrosswalk_ApportionsCountsAndSumsUpTheHierarchy()
    {
        // The sample's only postal area lies wholly in Tapanila after normalisation (weight 1), and each parent has one child.
        CrosswalkPlan plan = new([new CrosswalkWeight(2023, SampleGeography.Postal00730, SampleGeography.Tapanila, 1.0, OverlapBasis.Population)]);
        CommitResult result = await Batches.CommitAsync(
            Header("x"),
            Rows(Obs(SampleGeography.Postal00730, 2023, 7000, line: 2), Obs(SampleGeography.Postal00730, 2024, 7100, line: 3), new SourcedObservation(new Observation(Mean, SampleGeography.Postal00730, Period.OfYear(2023), Breakdown.Total, null, null, 41.5), 4)),
            [],
            new CommitOptions { Crosswalk = plan },
            Token);

        // Two years × four derived areas; the mean is not additive and is not derived.
        Assert.Equal(8, result.RowsDerived);
        Assert.Equal(7000.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '0915503392' AND period = '2023'"));
        Assert.Equal("crosswalk-population", await ScalarAsync<string>("SELECT derivation FROM observations WHERE area_code = '0915503392' AND period = '2023'"));
        Assert.Equal(7100.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '091' AND period = '2024'"));
        Assert.Equal("sum", await ScalarAsync<string>("SELECT derivation FROM observations WHERE area_code = '091' AND period = '2024'"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM observations WHERE indicator_id = 'mean-age' AND derivation IS NOT NULL"));
        Assert.Equal(1.0, await ScalarAsync<double>("SELECT weight FROM derivation_weights WHERE period = '2024'"));
    }

    [Fact]
    public async Task Years_RowsOfSeveralPeriods_TheYearsOfTheirStartsAscending()
    {
        await using ImportBatchWriter writer = await Batches.BeginAsync(Header("y"), Token);
        await writer.AppendAsync(Obs(SampleGeography.Postal00730, 2024, 7100, line: 2));
        await writer.AppendAsync(new SourcedObservation(new Observation(Population, SampleGeography.Postal00730, Period.Parse("2021Q3"), Breakdown.Total, 10, null), 3));
        await writer.AppendAsync(Obs(SampleGeography.Tapanila, 2024, 5000, line: 4));

        // The crosswalk is weighed for these years.
        Assert.Equal([2021, 2024], writer.Years);
    }

    [Fact]
    public async Task CommitAsync_DeliveredParentAndSuppressedChild_KeepsTheParentAndSumsMissing()
    {
        // 2023: Tapanila and its district Malmi are both delivered; Malmi keeps its own number and the levels above sum
        // Malmi's. 2024: Tapanila is suppressed, so every level above is derived as missing, without numbers.
        SourcedObservation suppressed = new(
            new Observation(Population, SampleGeography.Tapanila, Period.OfYear(2024), Breakdown.Total, null, null, Status: ObservationStatus.SuppressedBySource, SourceSymbol: "-1"),
            4);
        CommitResult result = await Batches.CommitAsync(
            Header("p"),
            Rows(Obs(SampleGeography.Tapanila, 2023, 5000, line: 2), Obs(SampleGeography.Malmi, 2023, 5100, line: 3), suppressed),
            [],
            new CommitOptions(),
            Token);

        // 2023: Koillinen and the city; 2024: Malmi, Koillinen and the city.
        Assert.Equal(5, result.RowsDerived);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM observations WHERE area_code = '0915503000' AND period = '2023'"));
        Assert.Equal(5100.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '0915503000' AND period = '2023' AND derivation IS NULL"));
        Assert.Equal(5100.0, await ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '091' AND period = '2023' AND derivation = 'sum'"));
        Assert.Equal(3L, await ScalarAsync<long>("SELECT count(*) FROM observations WHERE period = '2024' AND derivation = 'sum' AND status = 'missing' AND numerator IS NULL"));
    }

    private static ImportBatchHeader Header(string content, string source = "test-source") =>
        new(source, "file.csv", "hash-" + content, "mapping", "tester");

    private static SourcedObservation Obs(AreaCode area, int year, double count, int line) => TestRows.Count(area, year, count, line);

    private static IAsyncEnumerable<SourcedObservation> Rows(params SourcedObservation[] rows) => TestRows.Of(rows);
}
