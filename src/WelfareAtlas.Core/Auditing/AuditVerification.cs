namespace WelfareAtlas.Auditing;

/// <summary>The outcome of <see cref="AuditChain.Verify"/>.</summary>
/// <param name="Verified">How many entries, from the first, were checked and fit the chain.</param>
/// <param name="FirstBad">The sequence number of the first entry that does not fit; <see langword="null"/> when the chain is intact.</param>
/// <param name="Problem">What is wrong with <paramref name="FirstBad"/>; <see langword="null"/> when the chain is intact.</param>
public sealed record AuditVerification(long Verified, long? FirstBad, string? Problem)
{
    /// <summary>Whether every entry fits the chain.</summary>
    public bool Intact => FirstBad is null;
}
