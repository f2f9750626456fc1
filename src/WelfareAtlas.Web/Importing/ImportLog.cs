namespace WelfareAtlas.Web.Importing;

/// <summary>Log messages about imports: counts and outcomes only, never row values.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {FileName} ended {Status}: batch {BatchId}, {Read} rows read, {Imported} imported, {Rejected} rejected, {Seconds:0.0} s")]
    public static partial void Finished(ILogger logger, string fileName, ImportStatus status, long? batchId, long read, long imported, long rejected, double seconds);
}
