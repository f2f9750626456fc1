namespace WelfareAtlas.Storage.Batches;

/// <summary>How a batch is committed.</summary>
public sealed record CommitOptions
{
    /// <summary>Import the valid rows and store the rejected ones with the reason, instead of rejecting the whole batch on any error.</summary>
    public bool AllowPartial { get; init; }

    /// <summary>Data rows or cube cells read from the file, for the batch's record.</summary>
    public long RowsRead { get; init; }

    /// <summary>Check everything, then write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Whether the reading side found errors (rows already rejected through <see cref="ImportBatchWriter.RejectAsync"/>
    /// count as well); with <see cref="AllowPartial"/> off, any error rejects the batch.
    /// </summary>
    public bool HasSourceErrors { get; init; }

    /// <summary>
    /// The crosswalk to derive sub-district, district, major-district and city observations from postal-area ones;
    /// <see langword="null"/> derives nothing.
    /// </summary>
    public CrosswalkPlan? Crosswalk { get; init; }

    /// <summary>
    /// Where the parts of the keys come from in the file (the mapping's columns and constants), named by every
    /// <c>DUPLICATE_KEY</c> problem with the part's value; <see langword="null"/> names the values alone.
    /// </summary>
    public KeyOrigins? KeyOrigins { get; init; }
}
