using System.Data.Common;
using System.Globalization;
using WelfareAtlas.Access;
using WelfareAtlas.Storage.Access;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Access;

/// <summary>Local accounts and API keys on each provider.</summary>
public abstract class AccessRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    [Fact]
    public async Task SignIn_RightPasswordOnly_AndRemovedUsersCannot()
    {
        UserRepository users = new(Store.DataSource, TimeProvider.System);
        Assert.False(await users.AddAsync("Alice", Role.Steward, PasswordHash.Create("correct horse battery", 1_000), "cli:admin", Token));

        StoredUser? signedIn = await users.SignInAsync("alice", "correct horse battery", Token);

        Assert.NotNull(signedIn);
        Assert.Equal(("alice", Role.Steward), (signedIn.Name, signedIn.Role));
        Assert.Null(await users.SignInAsync("alice", "correct horse batterY", Token));
        Assert.Null(await users.SignInAsync("nobody", "correct horse battery", Token));
        Assert.True(await users.AddAsync("alice", Role.Admin, PasswordHash.Create("another long password", 1_000), "cli:admin", Token));
        Assert.Equal([("alice", Role.Admin)], (await users.ListAsync(Token)).Select(u => (u.Name, u.Role)));
        Assert.Null(await users.SignInAsync("alice", "correct horse battery", Token));
        Assert.DoesNotContain("correct horse", await ScalarAsync<string>("SELECT password_hash FROM users"), StringComparison.Ordinal);
        Assert.True(await users.RemoveAsync("ALICE", "cli:admin", Token));
        Assert.Null(await users.SignInAsync("alice", "another long password", Token));
        Assert.False(await users.RemoveAsync("alice", "cli:admin", Token));

        // Each change with its entry, in its transaction; the removal of nobody is no change.
        Assert.Equal(
            [("cli:admin", "user-added", "alice", "steward"), ("cli:admin", "user-added", "alice", "admin"), ("cli:admin", "user-removed", "alice", "")],
            (await new AuditLog(Store.DataSource, TimeProvider.System).ListAsync(10, Token)).Select(e => (e.Actor, e.Action, e.Subject, e.Detail)));
    }

    [Fact]
    public async Task ApiKey_FoundByItsSecretUntilRevoked_AndOnlyItsHashIsStored()
    {
        ApiKeyRepository keys = new(Store.DataSource, TimeProvider.System);
        (StoredApiKey key, string secret) = await keys.AddAsync("nightly loader", Role.Steward, "cli:admin", Token);

        Assert.StartsWith(ApiKeySecret.Prefix, secret, StringComparison.Ordinal);
        Assert.Equal(key.Id, (await keys.FindAsync(secret, Token))?.Id);
        Assert.Null(await keys.FindAsync(secret + "x", Token));
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE key_hash = $secret", new { secret }));
        Assert.True(await keys.RevokeAsync(key.Id, "cli:admin", Token));
        Assert.Null(await keys.FindAsync(secret, Token));
        Assert.False(await keys.RevokeAsync(key.Id, "cli:admin", Token));
        Assert.NotNull((await keys.ListAsync(Token)).Single().RevokedAt);
        string id = key.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(
            [("key-added", id, "steward: nightly loader"), ("key-revoked", id, "")],
            (await new AuditLog(Store.DataSource, TimeProvider.System).ListAsync(10, Token)).Select(e => (e.Action, e.Subject, e.Detail)));
    }

    [Fact]
    public async Task AddUser_WhoseAuditEntryCannotBeWritten_AddsNobody()
    {
        await ExecuteAsync("ALTER TABLE audit_log RENAME TO audit_log_away");

        await Assert.ThrowsAnyAsync<DbException>(() => new UserRepository(Store.DataSource, TimeProvider.System)
            .AddAsync("mallory", Role.Admin, PasswordHash.Create("a long enough password", 1_000), "cli:mallory", Token));

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM users"));
    }
}
