using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Crosswalks;
using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Import.Mapping;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Population;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Batches.Bulk;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Situation;

namespace WelfareAtlas.Web.Importing;

/// <summary>
/// Imports one file end to end: reads the mapping spec, skips a file already imported, reads and validates every row,
/// and commits the batch atomically (docs/import/pipeline.md). Used by <c>atlas import</c> and the upload endpoint.
/// </summary>
/// <param name="dataSource">The store's connections (of an open store, or of one being created).</param>
/// <param name="time">The clock for the batch's record.</param>
/// <param name="recompute">Whether a committed batch is followed by a compute run of the indicators it changed; the demo loader computes once at the end instead.</param>
public sealed class BatchImporter(DbDataSource dataSource, TimeProvider time, bool recompute = true)
{
    /// <summary>How often <c>progress</c> hears of the rows read.</summary>
    public const int ProgressInterval = 10_000;

    /// <summary>
    /// Whether a CSV file on a DuckDB store may be read by the bulk path (its own line reader, each distinct text mapped
    /// once, keyed rows appended), which falls back to the streaming path on anything it does not read exactly as that path does;
    /// <see langword="false"/> always streams (the equivalence tests compare both).
    /// </summary>
    public bool BulkCsv { get; init; } = true;

    /// <summary>Imports <paramref name="request"/>; expected failures (bad rows, a bad spec) are in the result, never thrown.</summary>
    /// <param name="request">The file, the spec and how to import.</param>
    /// <param name="progress">
    /// Hears each stage as it starts and, while a stage reads the file, the rows read every <see cref="ProgressInterval"/>
    /// rows (every <see cref="ImportBatchWriter.ProgressRows"/> while the bulk path reads; when it then declines the file
    /// part way, <see cref="ImportStage.ReadingAgain"/> counts from the start as the streaming path reads it), on the
    /// threads that do the work and in order; may be <see langword="null"/>.
    /// </param>
    /// <param name="cancellationToken">
    /// Cancels: before the batch is committed nothing is written; after it, the batch stays committed and, unless
    /// <paramref name="recomputeCancellation"/> is given, its recompute is cancelled too, which the result says
    /// (<see cref="ImportResult.RecomputeFailure"/>).
    /// </param>
    /// <param name="recomputeCancellation">
    /// Cancels the recompute after the commit instead of <paramref name="cancellationToken"/>: the upload API passes the
    /// server's shutdown, so that a client that goes away once its batch is committed does not leave the cells behind it.
    /// </param>
    public async Task<ImportResult> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken, CancellationToken? recomputeCancellation = null)
    {
        Stopwatch clock = Stopwatch.StartNew();
        ReadReport specReport = new(request.MappingName);
        MappingSpec? spec = MappingSpecReader.Read(request.Mapping, specReport);
        if (spec is null)
        {
            return Result(ImportStatus.InvalidMapping, null, [specReport], clock);
        }

        CsvFileScan scan = await CsvFileScan.ScanAsync(request.FilePath, cancellationToken);
        string contentHash = scan.Sha256;
        string mappingHash = Convert.ToHexStringLower(SHA256.HashData(request.Mapping));
        ImportBatchRepository batches = new(dataSource, time);
        if (await batches.FindCommittedByHashAsync(contentHash, mappingHash, cancellationToken) is { } existing)
        {
            return Result(ImportStatus.AlreadyImported, existing, [], clock);
        }

        AreaRepository areas = new(dataSource);
        ImportCatalogue catalogue = new(
            (await areas.ListAsync(null, null, cancellationToken)).Select(a => a.Code.Value).ToHashSet(StringComparer.Ordinal),
            await batches.ListIndicatorMeasuresAsync(cancellationToken));
        ReadReport fileReport = new(request.FileName);
        SourceTable? table = await SourceTables.OpenAsync(request.FilePath, spec, fileReport, cancellationToken);
        if (table is null)
        {
            return Result(ImportStatus.Unreadable, null, [fileReport], clock);
        }

        ObservationMapper? mapper = ObservationMapper.Create(spec, table, catalogue, request.FileName, specReport);
        if (mapper is null)
        {
            return Result(ImportStatus.InvalidMapping, null, [specReport, fileReport], clock);
        }

        ImportBatchHeader header = new(spec.Source, request.FileName, contentHash, mappingHash, request.ImportedBy, request.PublishAt);
        await using ImportBatchWriter writer = await batches.BeginAsync(header, cancellationToken);
        ReadReport mappingReport = new(request.FileName);
        long read = 0;
        long skipped = 0;
        string? bulkDeclined = "turned off";
        bool readInBulk = false;
        long? lines = SourceTables.IsCsv(request.FilePath, spec) ? scan.Lines : null;
        ImportStage reading = ImportStage.Reading;
        progress?.Report(new ImportProgress(reading, 0, lines));
        if (BulkCsv && BulkCsvPath.Describe(request.FilePath, table, mapper, scan, out bulkDeclined) is { } bulk)
        {
            RowsReadProgress bulkProgress = new(progress, lines);
            BulkOutcome outcome = await writer.StageCsvAsync(bulk, bulkProgress, cancellationToken);
            (readInBulk, bulkDeclined, read, skipped) = (outcome.Staged, outcome.Reason, outcome.RowsRead, outcome.RowsSkipped);
            reading = !readInBulk && bulkProgress.Reported ? ImportStage.ReadingAgain : ImportStage.Reading;
        }

        if (!readInBulk)
        {
            if (reading == ImportStage.ReadingAgain)
            {
                progress?.Report(new ImportProgress(reading, 0, lines));
            }

            await foreach (SourceRow row in table.Rows.WithCancellation(cancellationToken))
            {
                MappedRow mapped = mapper.Map(row);
                skipped += mapped.Skipped ? 1 : 0;
                foreach (MappedObservation observation in mapped.Observations)
                {
                    await writer.AppendAsync(new SourcedObservation(observation.Observation, observation.Line, observation.Location));
                }

                foreach (ImportProblem problem in mapped.Problems)
                {
                    mappingReport.Add(problem);
                    await writer.RejectAsync(ToRejected(problem));
                }

                if (++read % ProgressInterval == 0)
                {
                    progress?.Report(new ImportProgress(reading, read, lines));
                }
            }
        }

        progress?.Report(new ImportProgress(reading, read, lines));
        if (writer.Appended == 0)
        {
            mappingReport.Error("NO_OBSERVATIONS", read == 0
                ? "The file has no data rows; there is nothing to import."
                : "No row of the file gave an observation (all were skipped by the mapping or rejected); nothing is imported.");
            return Result(ImportStatus.Rejected, null, [specReport, fileReport, mappingReport], clock) with
            {
                RowsRead = read,
                RowsSkipped = skipped,
                RowsRejected = writer.Rejected,
                ReadInBulk = readInBulk,
                BulkDeclined = bulkDeclined,
            };
        }

        // The readers skip a row they cannot read and report it; those rows are rejected too.
        foreach (ImportProblem problem in fileReport.Problems.Where(p => p.Severity == ProblemSeverity.Error))
        {
            await writer.RejectAsync(ToRejected(problem));
        }

        progress?.Report(new ImportProgress(ImportStage.Committing, read, lines));
        CommitResult commit = await writer.CommitAsync(
            new CommitOptions
            {
                AllowPartial = request.AllowPartial,
                DryRun = request.DryRun,
                HasSourceErrors = fileReport.HasErrors || mappingReport.HasErrors,
                RowsRead = read,
                Crosswalk = spec.Aggregate ? await CrosswalkAsync(areas, writer.Years, time.GetUtcNow(), cancellationToken) : null,
                KeyOrigins = new KeyOrigins(mapper.IndicatorOrigin, mapper.AreaOrigin, mapper.PeriodOrigin, mapper.BreakdownOrigin),
            },
            cancellationToken);
        ReadReport storeReport = new(request.FileName);
        foreach (RejectedRow duplicate in commit.DuplicateKeys)
        {
            storeReport.Error(duplicate.Code, duplicate.Message, duplicate.Line, location: duplicate.Location);
        }

        ImportStatus status = commit.Outcome switch
        {
            CommitOutcome.Committed => ImportStatus.Committed,
            CommitOutcome.AlreadyImported => ImportStatus.AlreadyImported,
            CommitOutcome.DryRun => ImportStatus.DryRunPassed,
            _ => ImportStatus.Rejected,
        };
        ComputeRun? run = null;
        Exception? recomputeFailure = null;
        if (recompute && commit.Outcome == CommitOutcome.Committed && commit.BatchId is { } batchId)
        {
            progress?.Report(new ImportProgress(ImportStage.Recomputing, read, lines));
            CancellationToken recomputeToken = recomputeCancellation ?? cancellationToken;
            try
            {
                ComputeRunner runner = new(dataSource, time);
                run = await runner.RunAsync(
                    await runner.IndicatorsOfBatchAsync(batchId, recomputeToken),
                    string.Create(CultureInfo.InvariantCulture, $"import of batch {batchId}"),
                    recomputeToken);
                await new IndicatorRefresher(dataSource, time).RefreshStaleAsync(recomputeToken);
            }
            catch (Exception e)
            {
                // The batch is committed whatever happens now, a failure or a cancellation: the caller hears that, and
                // how far the recompute came (Recompute is set once the cells are).
                recomputeFailure = e;
            }
        }

        List<ReadReport> reports = [specReport, fileReport, mappingReport, storeReport];
        int fileErrorsNotRejected = fileReport.ErrorCount - fileReport.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        return new ImportResult(
            status,
            commit.BatchId,
            read,
            skipped,
            commit.RowsImported,
            commit.RowsRejected + fileErrorsNotRejected,
            commit.RowsDerived,
            commit.RowsSuperseded,
            Problems(reports),
            reports.Sum(r => r.SuppressedCount),
            clock.Elapsed)
        {
            Recompute = run,
            RecomputeFailure = recomputeFailure,
            ReadInBulk = readInBulk,
            BulkDeclined = bulkDeclined,
        };
    }

    /// <summary>
    /// The crosswalk's weights for the batch's years by target-density weighting (docs/import/pipeline.md, "Crosswalk"):
    /// the sizes of the postal areas from their shapes, and each sub-district's population as the store has it
    /// delivered (the catalogue's population indicator), else as Aluesarjat counted it (1962–2010).
    /// </summary>
    private static async Task<CrosswalkPlan> CrosswalkAsync(AreaRepository areas, IReadOnlyCollection<int> years, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<AreaOverlap> overlaps = await areas.ListOverlapsAsync(cancellationToken);
        Dictionary<AreaCode, double> sizes = (await areas.ListShapesAsync(AreaType.PostalArea, cancellationToken))
            .ToDictionary(shape => shape.Key, shape => ShapeAreas.SquareMetres(shape.Value));
        IReadOnlyDictionary<AreaCode, IReadOnlyDictionary<int, double>> delivered =
            await areas.ListPopulationAsync(PopulationTable.IndicatorId, AreaType.SubDistrict, now, cancellationToken);
        List<PopulationZone> stored = [.. delivered.OrderBy(area => area.Key.Value, StringComparer.Ordinal).Select(area => new PopulationZone([area.Key], area.Value))];
        IReadOnlyList<PopulationZone> counted = AluesarjatPopulation.Load(overlaps.Select(overlap => overlap.To).Distinct());
        return new CrosswalkPlan(PostalCrosswalk.Build(overlaps, sizes, [stored, counted], years));
    }

    /// <summary>The bulk path's count of rows read, as <see cref="ImportStage.Reading"/>; remembers whether it counted any.</summary>
    private sealed class RowsReadProgress(IProgress<ImportProgress>? target, long? lines) : IProgress<long>
    {
        /// <summary>Whether any rows were reported: the bulk path read part of the file before it gave up, if it did.</summary>
        public bool Reported { get; private set; }

        public void Report(long value)
        {
            Reported = true;
            target?.Report(new ImportProgress(ImportStage.Reading, value, lines));
        }
    }

    private static RejectedRow ToRejected(ImportProblem problem) => new(problem.Line, problem.Location, problem.Code, problem.Message, problem.Value);

    private static List<ImportProblem> Problems(IEnumerable<ReadReport> reports) =>
        [.. reports.SelectMany(r => r.Problems).OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0)];

    private static ImportResult Result(ImportStatus status, long? batchId, IReadOnlyList<ReadReport> reports, Stopwatch clock) =>
        new(status, batchId, 0, 0, 0, 0, 0, 0, Problems(reports), reports.Sum(r => r.SuppressedCount), clock.Elapsed);
}
