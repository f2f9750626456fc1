namespace WelfareAtlas.Auditing;

/// <summary>The outcome of <see cref="AuditChain.Verify"/>.</summary>
/// <param name="Verified">How many entries, from the first, were checked and fit the chain.</param>
/// <param name="FirstBad">The sequence number of the first entry that does not fit (or that an expected anchor names and the log lacks); <see langword="null"/> when the chain is intact.</param>
/// <param name="Problem">What is wrong with <paramref name="FirstBad"/>; <see langword="null"/> when the chain is intact.</param>
/// <param name="LastHash">The hash of the last entry that fits the chain (<see cref="AuditChain.Genesis"/> for none): kept somewhere else, it lets a later verification tell that entries after it were removed or the log rewritten (<see cref="AuditAnchor"/>).</param>
public sealed record AuditVerification(long Verified, long? FirstBad, string? Problem, string LastHash)
{
    /// <summary>Whether every entry fits the chain.</summary>
    public bool Intact => FirstBad is null;
}
