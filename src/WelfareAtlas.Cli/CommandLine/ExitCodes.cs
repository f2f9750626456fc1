namespace WelfareAtlas.Cli.CommandLine;

/// <summary>The process exit codes of <c>atlas</c>; documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Something failed that is not the input's fault (an unexpected error).</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: an unknown option, a malformed code, an unknown area type.</summary>
    public const int InvalidInput = 2;

    /// <summary>The command line is well formed but names something that does not exist (an area code).</summary>
    public const int NotFound = 3;

    /// <summary>The store is missing, unreadable, locked by another process, or from a newer version.</summary>
    public const int StoreUnavailable = 4;

    /// <summary>An import was refused: the file is unreadable or has errors (without --allow-partial); nothing was written.</summary>
    public const int ImportRejected = 5;

    /// <summary>The same file (by content hash) is already imported; nothing was done.</summary>
    public const int AlreadyImported = 6;

    /// <summary><c>atlas audit verify</c>: the audit log's hash chain is broken; the message names the first bad entry.</summary>
    public const int AuditBroken = 7;

    /// <summary>
    /// <c>atlas import</c> or <c>atlas batches rollback</c>: the batch is committed or rolled back, but the compute run
    /// (or only the forecast refresh) after it failed or was cancelled; what it did not recompute is from before until
    /// <c>atlas compute</c> succeeds.
    /// </summary>
    public const int RecomputeFailed = 8;
}
