namespace WelfareAtlas.Web.Importing;

/// <summary>What an import is doing when it reports its progress (<see cref="ImportProgress"/>).</summary>
public enum ImportStage
{
    /// <summary>Reading and checking the file's rows.</summary>
    Reading,

    /// <summary>
    /// Reading the file again from its first row: the bulk path gave up part way through (a row it does not read exactly
    /// as the streaming path does, <see cref="ImportResult.BulkDeclined"/>), and the streaming path reads it.
    /// </summary>
    ReadingAgain,

    /// <summary>Checking the batch as a whole (repeated keys), deriving the sums and, unless it is rejected or a dry run, writing it in one transaction.</summary>
    Committing,

    /// <summary>Recomputing the cells of the indicators the committed batch changed, then their forecasts and statuses (<c>IndicatorRefresher</c>).</summary>
    Recomputing,
}
