using System.CommandLine;
using System.Text.Json;
using WelfareAtlas.Areas;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.Api;

namespace WelfareAtlas.Cli.Areas;

/// <summary><c>atlas areas show CODE [--json] [--geometry]</c>.</summary>
internal static class AreasShowCommand
{
    public static Command Create(CliContext context)
    {
        Argument<string> code = new("code") { Description = "The area's code: 091, a 10-character kokotunnus or a 5-digit postal code." };
        Option<bool> json = AreaOutput.CreateJsonOption();
        Option<bool> geometry = new("--geometry") { Description = "With --json: include the boundary as GeoJSON." };
        Command command = new("show", "Show one area: names, parent chain and children.") { code, json, geometry };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string codeText = parseResult.GetValue(code)!;
            if (!AreaCode.TryParse(codeText, out AreaCode areaCode, out string? error))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, error);
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            AreaRepository repository = new(store.DataSource);
            if (await repository.FindAsync(areaCode, cancellationToken) is not { } area)
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, $"no area with code '{areaCode.Value}'.");
            }

            TextWriter output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                string? shape = parseResult.GetValue(geometry) ? await repository.FindShapeAsync(areaCode, cancellationToken) : null;
                output.WriteLine(JsonSerializer.Serialize(AreaResponse.From(area, shape), AreaOutput.Json));
                return ExitCodes.Success;
            }

            List<Area> chain = [];
            for (AreaCode? parent = area.Parent; parent is { } p && await repository.FindAsync(p, cancellationToken) is { } found; parent = found.Parent)
            {
                chain.Insert(0, found);
            }

            IReadOnlyList<Area> children = await repository.ListAsync(null, area.Code, cancellationToken);
            output.WriteLine($"Code:     {area.Code.Value}");
            output.WriteLine($"Type:     {area.Type.ToSlug()}");
            output.WriteLine($"Name fi:  {area.Names.Fi}");
            output.WriteLine($"Name sv:  {area.Names.Sv}");
            output.WriteLine($"Name en:  {area.Names.En}");
            output.WriteLine($"Part of:  {(chain.Count == 0 ? "-" : string.Join(" > ", chain.Select(a => $"{a.Names.Fi} ({a.Code.Value})")))}");
            output.WriteLine($"Contains: {children.Count} areas{(children.Count == 0 ? string.Empty : ": " + string.Join(", ", children.Select(a => a.Names.Fi)))}");
            return ExitCodes.Success;
        });
        return command;
    }
}
