using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Auditing;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Auditing;

namespace WelfareAtlas.Cli.Auditing;

/// <summary><c>atlas audit list|verify</c>: the hash-chained audit log.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        Command command = new("audit", "Read and verify the audit log of imports, publications, role changes and analyst access.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Verify(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        Option<int> limit = new("--limit") { Description = "How many of the newest entries to show.", DefaultValueFactory = _ => 50 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be at least 1.");
            }
        });
        Command command = new("list", "Show the newest entries, oldest of them first, tab-separated.") { limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("seq\ttime\tactor\taction\tsubject\tdetail");
            foreach (AuditEntry entry in await new AuditLog(store.DataSource, TimeProvider.System).ListAsync(parseResult.GetValue(limit), cancellationToken))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{entry.Sequence}\t{entry.At:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}\t{Clean(entry.Actor)}\t{Clean(entry.Action)}\t{Clean(entry.Subject)}\t{Clean(entry.Detail)}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        Option<string?> expect = new("--expect")
        {
            Description = "An entry noted earlier as SEQ:HASH (the last line of an earlier verify): the log must still hold it with that hash, which shows entries removed from the end or a log rewritten with new hashes.",
        };
        expect.Validators.Add(result =>
        {
            try
            {
                _ = AuditAnchor.Parse(result.GetValueOrDefault<string?>() ?? string.Empty);
            }
            catch (FormatException exception)
            {
                result.AddError("--expect: " + exception.Message);
            }
        });
        Command command = new("verify", $"Check the hash chain from the first entry; exit code {ExitCodes.AuditBroken} names the first entry that was altered, removed or reordered.") { expect };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            AuditAnchor? anchor = parseResult.GetValue(expect) is { } text ? AuditAnchor.Parse(text) : null;
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            AuditVerification verification = await new AuditLog(store.DataSource, TimeProvider.System).VerifyAsync(anchor, cancellationToken);
            if (verification.FirstBad is { } bad)
            {
                return CliContext.Fail(parseResult, ExitCodes.AuditBroken, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the audit log is broken at entry {bad}: {verification.Problem}. The {verification.Verified} entries before it are intact."));
            }

            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"The audit log is intact: {verification.Verified} entries verified{(anchor is null ? string.Empty : $", entry {anchor.Sequence} with the hash noted for it among them")}."));
            if (verification.Verified > 0)
            {
                // The anchor to keep somewhere else and give to the next verify as --expect.
                output.WriteLine(new AuditAnchor(verification.Verified, verification.LastHash).ToString());
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Tabs and line breaks in a field would break the columns; a request path can hold them, encoded or not.</summary>
    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
