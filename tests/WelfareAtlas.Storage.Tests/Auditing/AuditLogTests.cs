using WelfareAtlas.Auditing;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Auditing;

/// <summary>The hash-chained audit log on each provider: appends chain, and any alteration is found at the altered entry.</summary>
public abstract class AuditLogTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private AuditLog Log => new(Store.DataSource, TimeProvider.System);

    [Fact]
    public async Task Append_ChainsEachEntryToThePrevious_VerifyFindsItIntact()
    {
        AuditEntry first = await Log.AppendAsync("alice", AuditAction.UserAdded, "bob", "analyst", Token);
        AuditEntry second = await Log.AppendAsync("bob", AuditAction.AnalystAccess, "/api/v1/indicators/x?y=1", "", Token);

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditChain.Genesis, first.PreviousHash);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        IReadOnlyList<AuditEntry> listed = await Log.ListAsync(10, Token);
        Assert.Equal([first, second], listed);
        AuditVerification verification = await Log.VerifyAsync(Token);
        Assert.True(verification.Intact);
        Assert.Equal(2, verification.Verified);
    }

    // Every stored field of an entry (the middle one; for the number, the last), changed to another plausible value.
    [Theory]
    [InlineData("seq")]
    [InlineData("recorded_at")]
    [InlineData("actor")]
    [InlineData("action")]
    [InlineData("subject")]
    [InlineData("detail")]
    [InlineData("previous_hash")]
    [InlineData("hash")]
    public async Task Verify_AnyFieldOfAnEntryAltered_NamesThatEntry(string field)
    {
        await AppendThreeAsync();
        await AllowTamperingAsync();

        await ExecuteAsync(field switch
        {
            "seq" => "UPDATE audit_log SET seq = 4 WHERE seq = 3",
            "recorded_at" => "UPDATE audit_log SET recorded_at = recorded_at + INTERVAL '1 second' WHERE seq = 2",
            "actor" => "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2",
            "action" => "UPDATE audit_log SET action = 'import' WHERE seq = 2",
            "subject" => "UPDATE audit_log SET subject = '/api/v1/areas' WHERE seq = 2",
            "detail" => "UPDATE audit_log SET detail = 'admin' WHERE seq = 2",
            "previous_hash" => "UPDATE audit_log SET previous_hash = hash WHERE seq = 2",
            _ => "UPDATE audit_log SET hash = previous_hash WHERE seq = 2",
        });

        AuditVerification verification = await Log.VerifyAsync(Token);
        Assert.False(verification.Intact);
        // A renumbered entry is altered too; here the last one, as the only one that can move without a collision.
        Assert.Equal(field == "seq" ? 4 : 2, verification.FirstBad);
        Assert.Equal(field == "seq" ? 2 : 1, verification.Verified);
    }

    [Fact]
    public async Task Verify_AnEntryDeleted_NamesTheEntryAfterTheGap()
    {
        await AppendThreeAsync();
        await AllowTamperingAsync();

        await ExecuteAsync("DELETE FROM audit_log WHERE seq = 2");

        AuditVerification verification = await Log.VerifyAsync(Token);
        Assert.Equal(3, verification.FirstBad);
        Assert.Contains("missing", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateDeleteOrTruncate_AreRefusedByPostgresTriggersOrCaughtOnDuckDb()
    {
        await AppendThreeAsync();

        if (Place.Provider == StoreProvider.Postgres)
        {
            // The trigger refuses both, and the chain stays whole.
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteAsync("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"));
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteAsync("DELETE FROM audit_log WHERE seq = 3"));
            System.Data.Common.DbException truncate = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteAsync("TRUNCATE audit_log"));
            Assert.Contains("TRUNCATE refused", truncate.Message, StringComparison.Ordinal);
            Assert.True((await Log.VerifyAsync(Token)).Intact);
            Assert.Equal(3, await ScalarAsync<long>("SELECT count(*) FROM audit_log"));
        }
        else
        {
            // A DuckDB store is a file guarded by the file system, with no trigger: whoever can write it can change a
            // row, and verification names the row.
            await ExecuteAsync("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
            AuditVerification verification = await Log.VerifyAsync(Token);
            Assert.False(verification.Intact);
            Assert.Equal(2, verification.FirstBad);
        }
    }

    private async Task AppendThreeAsync()
    {
        await Log.AppendAsync("cli:root", AuditAction.UserAdded, "alice", "admin", Token);
        await Log.AppendAsync("alice", AuditAction.KeyAdded, "1", "steward: loader", Token);
        await Log.AppendAsync("key:1", AuditAction.Import, "5", "file.csv", Token);
    }

    /// <summary>What an attacker with the database owner's rights can do on PostgreSQL: switch the trigger off.</summary>
    private Task AllowTamperingAsync() => Place.Provider == StoreProvider.Postgres
        ? ExecuteAsync("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        : Task.CompletedTask;
}
