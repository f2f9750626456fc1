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
        Assert.Equal((ExitCodes.Success, "The audit log is intact: 4 entries verified."), (verified.ExitCode, verified.Output.Trim()));
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
