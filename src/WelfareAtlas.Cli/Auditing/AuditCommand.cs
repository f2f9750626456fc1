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
        Command command = new("verify", $"Check the hash chain from the first entry; exit code {ExitCodes.AuditBroken} names the first entry that was altered, removed or reordered.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            AuditVerification verification = await new AuditLog(store.DataSource, TimeProvider.System).VerifyAsync(cancellationToken);
            if (verification.FirstBad is { } bad)
            {
                return CliContext.Fail(parseResult, ExitCodes.AuditBroken, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the audit log is broken at entry {bad}: {verification.Problem}. The {verification.Verified} entries before it are intact."));
            }

            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The audit log is intact: {verification.Verified} entries verified."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Tabs and line breaks in a field would break the columns; a request path can hold them, encoded or not.</summary>
    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
