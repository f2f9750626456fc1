using System.CommandLine;
using System.Text.Json;
using WelfareAtlas.Areas;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Localisation;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.Api;

namespace WelfareAtlas.Cli.Areas;

/// <summary><c>atlas areas list [--type T] [--parent CODE] [--json] [--lang L]</c>.</summary>
internal static class AreasListCommand
{
    public static Command Create(CliContext context)
    {
        Option<string?> type = new("--type") { Description = $"Only areas of this type: {AreaTypes.SlugList}." };
        Option<string?> parent = new("--parent") { Description = "Only the areas directly inside this area (its code)." };
        Option<bool> json = AreaOutput.CreateJsonOption();
        Option<string> language = AreaOutput.CreateLanguageOption();
        Command command = new("list", "List areas as a table or JSON.") { type, parent, json, language };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            AreaType? areaType = null;
            if (parseResult.GetValue(type) is { } typeText)
            {
                if (!AreaTypes.TryParse(typeText, out AreaType parsed))
                {
                    return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"unknown area type '{typeText}'; use one of {AreaTypes.SlugList}.");
                }

                areaType = parsed;
            }

            AreaCode? parentCode = null;
            if (parseResult.GetValue(parent) is { } parentText)
            {
                if (!AreaCode.TryParse(parentText, out AreaCode parsed, out string? error))
                {
                    return CliContext.Fail(parseResult, ExitCodes.InvalidInput, error);
                }

                parentCode = parsed;
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            AreaRepository repository = new(store.DataSource);
            if (parentCode is { } p && await repository.FindAsync(p, cancellationToken) is null)
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, $"no area with code '{p.Value}' (given as --parent).");
            }

            IReadOnlyList<Area> areas = await repository.ListAsync(areaType, parentCode, cancellationToken);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(areas.Select(a => AreaResponse.From(a)), AreaOutput.Json));
                return ExitCodes.Success;
            }

            Language lang = AreaOutput.ParseLanguage(parseResult.GetValue(language)!);
            WriteTable(output, areas, lang);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Area> areas, Language language)
    {
        int nameWidth = Math.Max(4, areas.Count == 0 ? 0 : areas.Max(a => a.Names.In(language).Length));
        output.WriteLine($"{"CODE",-10}  {"TYPE",-14}  {"NAME".PadRight(nameWidth)}  PARENT");
        foreach (Area area in areas)
        {
            output.WriteLine($"{area.Code.Value,-10}  {area.Type.ToSlug(),-14}  {area.Names.In(language).PadRight(nameWidth)}  {area.Parent?.Value ?? "-"}");
        }

        output.WriteLine($"{areas.Count} areas");
    }
}
