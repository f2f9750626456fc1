using System.Data.Common;
using Dapper;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;

namespace WelfareAtlas.Cli.Tests.Access;

/// <summary><c>atlas users</c>, <c>atlas keys</c> and <c>atlas audit</c> on a real store: each change is audited, and an altered entry fails verify with exit 7.</summary>
public sealed class AccessCommandsTests : IDisposable
{
    private static readonly Dictionary<string, string> Password = new() { ["ATLAS_PASSWORD"] = "a long enough password" };
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-access-test-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public async Task UsersKeysAndAudit_ChangesAreAuditedAndAnAlterationIsFoundWithExit7()
    {
        string data = directory.FullName;
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(Password, "init", "--data-dir", data)).ExitCode);

        CliRun added = await CliRun.RunAsync(Password, "users", "add", "Maija", "--role", "admin", "--data-dir", data);
        CliRun weak = await CliRun.RunAsync(new Dictionary<string, string> { ["ATLAS_PASSWORD"] = "short" }, "users", "add", "pekka", "--role", "analyst", "--data-dir", data);
        CliRun badRole = await CliRun.RunAsync(Password, "users", "add", "pekka", "--role", "public", "--data-dir", data);
        CliRun key = await CliRun.RunAsync(Password, "keys", "add", "nightly loader", "--role", "steward", "--data-dir", data);
        CliRun revoked = await CliRun.RunAsync(Password, "keys", "revoke", "1", "--data-dir", data);
        CliRun revokedAgain = await CliRun.RunAsync(Password, "keys", "revoke", "1", "--data-dir", data);
        CliRun users = await CliRun.RunAsync(Password, "users", "list", "--data-dir", data);
        CliRun keys = await CliRun.RunAsync(Password, "keys", "list", "--data-dir", data);
        CliRun removed = await CliRun.RunAsync(Password, "users", "remove", "maija", "--data-dir", data);
        CliRun verified = await CliRun.RunAsync(Password, "audit", "verify", "--data-dir", data);
        CliRun listed = await CliRun.RunAsync(Password, "audit", "list", "--data-dir", data);

        Assert.Equal((ExitCodes.Success, "Added user maija with role admin."), (added.ExitCode, added.Output.Trim()));
        Assert.Equal(ExitCodes.InvalidInput, weak.ExitCode);
        Assert.Contains("shorter than 12", weak.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, badRole.ExitCode);
        Assert.StartsWith("atlas_", key.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, revoked.ExitCode);
        Assert.Equal(ExitCodes.NotFound, revokedAgain.ExitCode);
        Assert.Contains("maija\tadmin\t", users.Output, StringComparison.Ordinal);
        Assert.Contains("1\tnightly loader\tsteward\t", keys.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Output.Trim(), keys.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, removed.ExitCode);
        Assert.Equal(ExitCodes.Success, verified.ExitCode);
        string[] verifiedLines = verified.Output.Trim().Split('\n');
        Assert.Equal("The audit log is intact: 4 entries verified.", verifiedLines[0].Trim());
        Assert.Matches("^4:[0-9a-f]{64}$", verifiedLines[1].Trim());
        string[] actions = [.. listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split('\t')[3])];
        Assert.Equal(["user-added", "key-added", "key-revoked", "user-removed"], actions);

        await using (AtlasStore store = await AtlasStore.OpenAsync(data, TimeProvider.System, TestContext.Current.CancellationToken))
        await using (DbConnection connection = await store.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("UPDATE audit_log SET detail = 'analyst' WHERE seq = 2");
        }

        CliRun broken = await CliRun.RunAsync(Password, "audit", "verify", "--data-dir", data);

        Assert.Equal(ExitCodes.AuditBroken, broken.ExitCode);
        Assert.Contains("broken at entry 2", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_WithTheLastEntryNoted_FindsEntriesRemovedFromTheEnd()
    {
        string data = directory.FullName;
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(Password, "init", "--data-dir", data)).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(Password, "users", "add", "maija", "--role", "admin", "--data-dir", data)).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(Password, "keys", "add", "nightly loader", "--role", "steward", "--data-dir", data)).ExitCode);
        CliRun first = await CliRun.RunAsync(Password, "audit", "verify", "--data-dir", data);
        string anchor = first.Output.Trim().Split('\n')[^1].Trim();
        Assert.StartsWith("2:", anchor, StringComparison.Ordinal);

        CliRun again = await CliRun.RunAsync(Password, "audit", "verify", "--expect", anchor, "--data-dir", data);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("2 entries verified, entry 2 with the hash noted for it among them.", again.Output, StringComparison.Ordinal);

        // Whoever can write the table removes the last entry: the chain that is left is intact, the noted entry is gone.
        await using (AtlasStore store = await AtlasStore.OpenAsync(data, TimeProvider.System, TestContext.Current.CancellationToken))
        await using (DbConnection connection = await store.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("DELETE FROM audit_log WHERE seq = 2");
        }

        CliRun plain = await CliRun.RunAsync(Password, "audit", "verify", "--data-dir", data);
        CliRun anchored = await CliRun.RunAsync(Password, "audit", "verify", "--expect", anchor, "--data-dir", data);
        CliRun malformed = await CliRun.RunAsync(Password, "audit", "verify", "--expect", "2:abc", "--data-dir", data);

        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Equal(ExitCodes.AuditBroken, anchored.ExitCode);
        Assert.Contains("broken at entry 2: the log ends at entry 1, before the entry 2 noted with its hash (entries were removed from its end)", anchored.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, malformed.ExitCode);
        Assert.Contains("'2:abc' is not an entry's sequence number and hash as SEQ:HASH", malformed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchesPublish_UnknownBatchOrBadTime_ExitCodes3And2()
    {
        string data = directory.FullName;
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(Password, "init", "--data-dir", data)).ExitCode);

        CliRun unknown = await CliRun.RunAsync(Password, "batches", "publish", "99", "--data-dir", data);
        CliRun badTime = await CliRun.RunAsync(Password, "batches", "publish", "99", "--at", "next tuesday", "--data-dir", data);

        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("no committed batch 99", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, badTime.ExitCode);
        Assert.Contains("ISO 8601", badTime.Error, StringComparison.Ordinal);
    }
}
