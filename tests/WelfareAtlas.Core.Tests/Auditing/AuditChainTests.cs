using WelfareAtlas.Auditing;

namespace WelfareAtlas.Core.Tests.Auditing;

/// <summary>
/// What the chain finds by itself and what only an entry noted outside the store (<see cref="AuditAnchor"/>) finds: a
/// log rewritten with fresh hashes from an altered entry on, and one whose last entries were removed.
/// </summary>
public sealed class AuditChainTests
{
    private static readonly DateTime Start = new(2026, 12, 6, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Verify_ALogRewrittenWithNewHashes_IsIntactByItselfButNotAgainstTheNotedEntry()
    {
        List<AuditEntry> original = Chain("user-a", "user-b", "user-c");
        AuditAnchor noted = new(3, original[2].Hash);
        // Someone who can write the table changes entry 2 and computes every hash from there again.
        List<AuditEntry> rewritten = Chain("user-a", "someone-else", "user-c");

        AuditVerification alone = AuditChain.Verify(rewritten);
        AuditVerification anchored = AuditChain.Verify(rewritten, noted);

        Assert.True(alone.Intact);
        Assert.Equal(3, alone.Verified);
        Assert.Equal(rewritten[2].Hash, alone.LastHash);
        Assert.Equal(3, anchored.FirstBad);
        Assert.Equal(2, anchored.Verified);
        Assert.Contains("the log was rewritten from this entry or before", anchored.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ALogThatEndsBeforeTheNotedEntry_LostEntriesFromItsEnd()
    {
        List<AuditEntry> entries = Chain("user-a", "user-b", "user-c");
        AuditAnchor noted = new(3, entries[2].Hash);

        AuditVerification shortened = AuditChain.Verify(entries.Take(2), noted);
        AuditVerification whole = AuditChain.Verify(entries, noted);

        Assert.Equal(3, shortened.FirstBad);
        Assert.Equal("the log ends at entry 2, before the entry 3 noted with its hash (entries were removed from its end)", shortened.Problem);
        Assert.True(whole.Intact);
    }

    [Fact]
    public void Verify_AnEmptyLog_EndsAtTheGenesis()
    {
        AuditVerification empty = AuditChain.Verify([]);

        Assert.True(empty.Intact);
        Assert.Equal(AuditChain.Genesis, empty.LastHash);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("3:abc")]
    [InlineData("x:0000000000000000000000000000000000000000000000000000000000000000")]
    public void AnchorParse_RejectsWhatIsNotSeqColonHash(string text) =>
        Assert.Throws<FormatException>(() => AuditAnchor.Parse(text));

    [Fact]
    public void AnchorParse_ReadsWhatToStringWrites()
    {
        AuditAnchor anchor = new(42, new string('a', 64));

        Assert.Equal(anchor, AuditAnchor.Parse(anchor.ToString()));
        Assert.Equal(anchor, AuditAnchor.Parse(" 42:" + new string('A', 64) + " "));
    }

    private static List<AuditEntry> Chain(params string[] subjects)
    {
        List<AuditEntry> entries = [];
        foreach (string subject in subjects)
        {
            entries.Add(AuditChain.Next(entries.Count == 0 ? null : entries[^1], Start.AddMinutes(entries.Count), "cli:root", AuditAction.UserAdded, subject, "role admin"));
        }

        return entries;
    }
}
