namespace WelfareAtlas.Web.Importing;

/// <summary>Log messages about imports: counts and outcomes only, never row values.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {FileName} ended {Status}: batch {BatchId}, {Read} rows read, {Imported} imported, {Rejected} rejected, {Seconds:0.0} s")]
    public static partial void Finished(ILogger logger, string fileName, ImportStatus status, long? batchId, long read, long imported, long rejected, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Batch {BatchId} from {FileName} is committed, but the compute run or forecast refresh after it failed or was cancelled (cells recomputed: {CellsRecomputed}); what was not recomputed is behind the batch until a compute run succeeds")]
    public static partial void RecomputeFailed(ILogger logger, Exception exception, long? batchId, string fileName, bool cellsRecomputed);
}
