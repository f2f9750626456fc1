using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Batches.Bulk;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// The bulk CSV path writing straight into the store: the file's rows are appended to <c>observation_rows</c> inside
/// the batch's transaction while it is read, without a staged copy (docs/import/pipeline.md, "The bulk CSV path").
/// </summary>
/// <remarks>
/// Taken when the batch will commit as it is read (no dry run, no crosswalk: <see cref="BulkCsvMapping.Direct"/>), on a
/// DuckDB store, for the first batch of its source (nothing to supersede) and not a file already imported. The store's
/// lock is held from before the reading to the commit, so the batch's number and the keys read at the start stay
/// the store's. The reading thread keys each row by the store's keys (new texts numbered at once, committed outside
/// the transaction as <see cref="ObservationKeys"/> does), keeps the rows' keys for the check for repeated keys and
/// adds them to the sums up the hierarchy in .NET (<see cref="HierarchySums"/>, exact as the SQL's); the other thread
/// appends them. The derived rows are appended after the file. A row problem rolls the transaction back and the file
/// streams, as on the staged path; a key that may repeat, a batch number over 65 535 or more than 10 000 new texts roll
/// it back and the staged path reads the file again, so what is stored and reported is what the staged path stores
/// and reports. A process killed while reading leaves the store as it was: the transaction never committed.
/// </remarks>
public sealed partial class ImportBatchWriter
{
    private static readonly ColumnType[] RowColumns =
    [
        ColumnType.Int64, ColumnType.Int32, ColumnType.Int32, ColumnType.Int32, ColumnType.Int32,
        ColumnType.Double, ColumnType.Double, ColumnType.Double, ColumnType.Double, ColumnType.Double,
        ColumnType.Int32, ColumnType.Text, ColumnType.Int32, ColumnType.Int32, ColumnType.Int64,
    ];

    // Numbers every area of the store, every status and derivation, and no text of the batch (which has none yet).
    private static readonly KeySources NoBatchKeys = new(
        "SELECT CAST(NULL AS VARCHAR) AS indicator_id WHERE false",
        "SELECT CAST(NULL AS VARCHAR) AS area_code WHERE false",
        "SELECT CAST(NULL AS VARCHAR) AS period, CAST(NULL AS DATE) AS period_start, CAST(NULL AS DATE) AS period_end WHERE false",
        "SELECT CAST(NULL AS VARCHAR) AS breakdown WHERE false");

    // The open transaction of a file written straight into the store, from its reading to its commit.
    private DirectCommit? direct;

    /// <summary>
    /// Writes the file straight into <c>observation_rows</c> in the batch's transaction (see the remarks of the type);
    /// <see langword="null"/> when the staged bulk path is to take it instead, nothing written.
    /// </summary>
    private async Task<BulkOutcome?> StageDirectAsync(BulkCsvMapping mapping, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        BulkCsvFile file = mapping.File;
        if (file.Delimiter is not (';' or ',' or '\t' or '|') || file.HeaderLine < 1 || file.Columns < 1)
        {
            return null;
        }

        DirectCommit state = new(await engine.LockAsync(connection, "source:" + header.Source, cancellationToken));
        try
        {
            BulkOutcome? outcome = await StageDirectCoreAsync(mapping, progress, state, cancellationToken);
            if (outcome is { Staged: true })
            {
                direct = state;
                return outcome;
            }

            await state.DisposeAsync();
            return outcome;
        }
        catch
        {
            await state.DisposeAsync();
            throw;
        }
    }

    private async Task<BulkOutcome?> StageDirectCoreAsync(BulkCsvMapping mapping, IProgress<long>? progress, DirectCommit state, CancellationToken cancellationToken)
    {
        if (await FindCommittedByHashAsync(connection, header.ContentHash, header.MappingHash, null, cancellationToken) is not null
            || await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(*) > 0 FROM import_batches WHERE source = $source AND status = 'committed'",
                new { source = header.Source },
                cancellationToken: cancellationToken)))
        {
            return null;
        }

        await ObservationKeys.EnsureAsync(connection, NoBatchKeys, cancellationToken);
        DirectStoreKeys store = await ReadStoreKeysAsync(cancellationToken);
        int[] statusKeys = [.. await Task.WhenAll(((string[])["available", "suppressed", "missing"]).Select(status => connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT status_key FROM observation_statuses WHERE status = $status", new { status }, cancellationToken: cancellationToken))))];
        int sumKey = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT derivation_key FROM observation_derivations WHERE derivation = 'sum'", cancellationToken: cancellationToken));
        state.KeyConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        state.BulkCommit = await engine.PrepareBulkCommitAsync(connection, cancellationToken);
        await ExecuteAsync("CREATE TEMP TABLE IF NOT EXISTS direct_indicators (indicator_id VARCHAR NOT NULL)", null, cancellationToken);
        state.Transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The batch's number is taken now, as the rows carry it. DuckDB does not give a sequence's number back when the
        // transaction rolls back, so a batch that does not commit puts the sequence back (under the store's lock nobody
        // else took one meanwhile): a file that falls back to another path gets the number it gets there.
        long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('import_batch_ids')", transaction: state.Transaction, cancellationToken: cancellationToken));
        state.Id = id;
        state.GiveBack = () => engine.SetSequenceAsync(connection, "import_batch_ids", id, CancellationToken.None);
        DirectSink sink = new(state.KeyConnection, store, mapping.File.Lines * Math.Max(1, mapping.Values.Count));
        Stager stager = new(mapping) { Direct = sink };
        using BulkCsvReader reader = new(mapping.File);
        bool staged;
        long derived = 0;
        bool? mayRepeat = null;
        await using (BulkWriter rows = await engine.BeginBulkInsertAsync(connection, "observation_rows", RowColumns, cancellationToken))
        {
            try
            {
                staged = stager.Stage(reader, chunk => chunk.WriteRowsTo(rows, id, statusKeys), progress, cancellationToken);
            }
            catch (DirectDeclinedException)
            {
                staged = false;
            }

            if (staged)
            {
                mayRepeat = sink.MayRepeat(stager.Indicators.Count, stager.Areas.Count, stager.Periods.Count, stager.Breakdowns.Count);
                sink.ForgetKeys();
            }

            if (mayRepeat == false)
            {
                foreach (DerivedRow row in sink.Sums.Derive(sink.IsAdditive))
                {
                    rows.StartRow();
                    rows.Write(id);
                    rows.Write(row.Indicator);
                    rows.Write(row.Area);
                    rows.Write(row.Period);
                    rows.Write(row.Breakdown);
                    rows.Write(row.Numerator);
                    rows.Write(row.Denominator);
                    rows.Write((double?)null);
                    rows.Write((double?)null);
                    rows.Write((double?)null);
                    rows.Write(statusKeys[row.Complete ? 0 : 2]);
                    rows.Write((string?)null);
                    rows.Write((int?)null);
                    rows.Write(sumKey);
                    rows.Write((long?)null);
                    rows.EndRow();
                    derived++;
                }

                await rows.CompleteAsync(cancellationToken);
            }

            // Otherwise the appender is disposed here, inside the transaction, which its caller then rolls back.
        }

        if (stager.Declined is { } reason)
        {
            // A row the streaming path reports, or a file it reads otherwise.
            return BulkOutcome.NotStaged(reason);
        }

        if (mayRepeat != false)
        {
            // Repeated keys (or too many numbers to check them here, or too many new texts): the staged path finds them.
            return null;
        }

        await using (BulkWriter indicators = await engine.BeginBulkInsertAsync(connection, "direct_indicators", [ColumnType.Text], cancellationToken))
        {
            foreach (string indicator in stager.Indicators.Values)
            {
                indicators.StartRow();
                indicators.Write(indicator);
                indicators.EndRow();
            }

            await indicators.CompleteAsync(cancellationToken);
        }

        foreach (Periods.Period period in stager.Periods.Values)
        {
            years.Add(period.Start.Year);
        }

        state.Derived = derived;
        sequence = stager.Staged;
        return new BulkOutcome(true, reader.Rows, stager.Skipped, null);
    }

    /// <summary>The store's keys of every text, the catalogue's additive indicators and every area's place in the sums.</summary>
    private async Task<DirectStoreKeys> ReadStoreKeysAsync(CancellationToken cancellationToken)
    {
        async Task<Dictionary<string, int>> KeysAsync(string sql) =>
            (await connection.QueryAsync<(string Text, int Key)>(new CommandDefinition(sql, cancellationToken: cancellationToken)))
                .ToDictionary(k => k.Text, k => k.Key, StringComparer.Ordinal);

        Dictionary<string, int> areas = await KeysAsync("SELECT area_code, area_key FROM observation_areas");
        HashSet<string> additive = [.. await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT id FROM indicators WHERE measure IN {Additive}", cancellationToken: cancellationToken))];
        HashSet<string> reached = [.. await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT to_code FROM area_overlaps", cancellationToken: cancellationToken))];
        List<(string Code, string Type, string? Parent)> tree = [.. await connection.QueryAsync<(string, string, string?)>(new CommandDefinition(
            "SELECT code, type, parent_code FROM areas", cancellationToken: cancellationToken))];
        HashSet<int> parents = [.. tree.Where(a => a.Parent is not null).Select(a => areas[a.Parent!])];
        Dictionary<int, AreaPlace> places = [];
        foreach ((string code, string type, string? parent) in tree)
        {
            int level = parent is null ? -1 : Array.IndexOf(HierarchySums.ChildTypes, type);
            int key = areas[code];
            places[key] = new AreaPlace(
                level,
                parent is null ? 0 : areas[parent],
                level >= 0 && (type != "sub-district" || reached.Contains(code)),
                parents.Contains(key));
        }

        return new DirectStoreKeys(
            await KeysAsync("SELECT indicator_id, indicator_key FROM observation_indicators"),
            areas,
            await KeysAsync("SELECT period, period_key FROM observation_periods"),
            await KeysAsync("SELECT breakdown, breakdown_key FROM observation_breakdowns"),
            additive,
            places);
    }

    /// <summary>The commit of a file written straight into the store (<see cref="CommitAsync"/>): its transaction holds the rows already.</summary>
    private async Task<CommitResult> CommitDirectAsync(DirectCommit state, CommitOptions options, CancellationToken cancellationToken)
    {
        await using (state)
        {
            await FlushAsync(cancellationToken);
            finished = true;
            long accepted = sequence;
            bool hasErrors = options.HasSourceErrors || rejected > 0;
            if (hasErrors && !options.AllowPartial)
            {
                return new CommitResult(CommitOutcome.Rejected, null, accepted, rejected, 0, 0, []);
            }

            if (options.DryRun)
            {
                return new CommitResult(CommitOutcome.DryRun, null, accepted, rejected, 0, 0, []);
            }

            if (options.Crosswalk is not null)
            {
                throw new InvalidOperationException("A file with a crosswalk is not written straight into the store.");
            }

            DbTransaction transaction = state.Transaction!;
            long id = state.Id;
            await ExecuteAsync(
                "INSERT INTO rejected_rows SELECT $id, line, location, code, message, value FROM staged_rejections",
                new { id },
                cancellationToken,
                transaction);
            await FinishCommitAsync(id, options, accepted, rejected, state.Derived, 0, "SELECT indicator_id FROM direct_indicators", transaction, cancellationToken);
            state.Transaction = null;
            state.GiveBack = null;
            return new CommitResult(CommitOutcome.Committed, id, accepted, rejected, state.Derived, 0, []);
        }
    }

    /// <summary>
    /// What a file written straight into the store holds from its reading to its commit: the store's lock, the
    /// compression setting of a bulk commit, the connection that numbers new texts and the batch's transaction.
    /// Disposing it rolls back whatever did not commit and releases the rest.
    /// </summary>
    private sealed class DirectCommit(IAsyncDisposable gate) : IAsyncDisposable
    {
        private bool released;

        public IAsyncDisposable? BulkCommit { get; set; }

        public DbConnection? KeyConnection { get; set; }

        public DbTransaction? Transaction { get; set; }

        /// <summary>The batch's number, taken before the rows are written.</summary>
        public long Id { get; set; }

        /// <summary>Puts the batch's number back into the sequence, once the transaction rolled back; <see langword="null"/> once committed.</summary>
        public Func<Task>? GiveBack { get; set; }

        /// <summary>Derived rows written.</summary>
        public long Derived { get; set; }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (Transaction is not null)
                {
                    await Transaction.DisposeAsync();
                    Transaction = null;
                }

                if (GiveBack is not null)
                {
                    try
                    {
                        await GiveBack();
                    }
                    catch (DbException)
                    {
                        // A broken connection: the number stays unused, like any sequence number of a failed statement.
                    }

                    GiveBack = null;
                }

                if (BulkCommit is not null)
                {
                    await BulkCommit.DisposeAsync();
                    BulkCommit = null;
                }

                if (KeyConnection is not null)
                {
                    await KeyConnection.DisposeAsync();
                    KeyConnection = null;
                }
            }
            finally
            {
                if (!released)
                {
                    released = true;
                    await gate.DisposeAsync();
                }
            }
        }
    }
}
