using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Cli.Areas;

/// <summary><c>atlas areas import FILE</c>: adds the areas and crosswalk of an area file (docs/import/areas.md) to the store.</summary>
internal static class AreasImportCommand
{
    public static Command Create(CliContext context)
    {
        Argument<FileInfo> file = new("file") { Description = "The area file (JSON, docs/import/areas.md), e.g. the national demo's DEMO_aluejako_kansallinen.json." };
        Command command = new("import", "Add a division (municipalities, their districts, sub-districts, postal areas and crosswalk) to the store: all of it or none.") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            FileInfo input = parseResult.GetValue(file)!;
            if (!input.Exists)
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, $"there is no file {input.FullName}.");
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            AreaFileResult result = await AreaFileLoader.LoadAsync(store.DataSource, input.FullName, CliContext.Actor, TimeProvider.System, cancellationToken);
            TextWriter error = parseResult.InvocationConfiguration.Error;
            foreach (ImportProblem problem in result.Problems)
            {
                error.WriteLine(problem.ToString());
            }

            if (result.Existing.Count > 0)
            {
                return CliContext.Fail(
                    parseResult,
                    ExitCodes.ImportRejected,
                    $"nothing added: the store already has {result.Existing.Count} of the file's areas ({string.Join(", ", result.Existing.Take(5).Select(c => c.Value))}{(result.Existing.Count > 5 ? ", …" : string.Empty)}).");
            }

            if (!result.Added)
            {
                return CliContext.Fail(parseResult, ExitCodes.ImportRejected, $"nothing added: {input.Name} has {result.Problems.Count(p => p.Severity == ProblemSeverity.Error)} errors (above).");
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Added {result.Areas} areas and {result.CrosswalkRows} crosswalk rows from {input.Name}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
