using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;

namespace WelfareAtlas.Cli.Batches;

/// <summary><c>atlas batches list</c>: every batch, newest first.</summary>
internal static class BatchesListCommand
{
    public static Command Create(CliContext context)
    {
        Command command = new("list", "List import batches, newest first.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            IReadOnlyList<ImportBatch> batches = await new ImportBatchRepository(store.DataSource, TimeProvider.System).ListAsync(cancellationToken);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            DateTime now = TimeProvider.System.GetUtcNow().UtcDateTime;
            output.WriteLine("id\tstatus\timported_at\tpublished\tsource\tfile\timported\trejected\tderived\tcurrent");
            foreach (ImportBatch batch in batches)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{batch.Id}\t{batch.Status}{(batch.Partial ? " (partial)" : string.Empty)}\t{batch.ImportedAt:yyyy-MM-dd HH:mm:ss}Z\t{PublicationText.Short(batch, now)}\t{batch.Source}\t{batch.FileName}\t{batch.RowsImported}\t{batch.RowsRejected}\t{batch.RowsDerived}\t{batch.CurrentRows}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
