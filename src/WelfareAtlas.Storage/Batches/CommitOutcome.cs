namespace WelfareAtlas.Storage.Batches;

/// <summary>What became of a batch.</summary>
public enum CommitOutcome
{
    /// <summary>The batch and its rows are in the store.</summary>
    Committed,

    /// <summary>A committed batch of the same file by the same mapping (content and mapping hashes) exists; nothing was written.</summary>
    AlreadyImported,

    /// <summary>The batch had errors and partial import was not allowed; nothing was written.</summary>
    Rejected,

    /// <summary>Everything was checked as for a commit, then discarded as asked (<c>--dry-run</c>); nothing was written.</summary>
    DryRun,
}
