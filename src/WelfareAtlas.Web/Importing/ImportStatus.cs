namespace WelfareAtlas.Web.Importing;

/// <summary>How an import ended.</summary>
public enum ImportStatus
{
    /// <summary>The batch is in the store.</summary>
    Committed,

    /// <summary>The same file (by content hash) was imported before; nothing was done.</summary>
    AlreadyImported,

    /// <summary>The file has errors and partial import was not asked for; nothing was written.</summary>
    Rejected,

    /// <summary>A dry run that found no reason to reject the batch; nothing was written.</summary>
    DryRunPassed,

    /// <summary>The mapping spec is not valid, or names columns the file lacks; nothing was read or written.</summary>
    InvalidMapping,

    /// <summary>The file cannot be read at all (not the declared format, empty, binary); nothing was written.</summary>
    Unreadable,
}
