using System.CommandLine;
using Microsoft.Extensions.Options;
using WelfareAtlas.Areas;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Localisation;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Reports;

namespace WelfareAtlas.Cli.Reports;

/// <summary>
/// <c>atlas report --profile ID (--area CODE | --city) [--lang fi|sv|en] --out FILE.pdf|FILE.html</c>: the printable
/// welfare report of an area, or of all districts side by side, as PDF (printed by Chromium) or as the HTML for print.
/// </summary>
/// <remarks>The command writes what the public may see (<see cref="Audience.Public"/>): a file is easily passed on.</remarks>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        Option<string> profile = new("--profile") { Description = "The profile's id (children-and-young-people, working-age-adults, older-people).", Required = true };
        Option<string?> area = new("--area") { Description = "The area's code: 091, a 10-character kokotunnus or a 5-digit postal code." };
        Option<bool> city = new("--city") { Description = "The city-wide report: all 34 districts side by side and one by one." };
        Option<string> lang = new("--lang") { Description = "The report's language: fi, sv or en.", DefaultValueFactory = _ => "fi" };
        Option<FileInfo> output = new("--out") { Description = "The file to write: .pdf prints with Chromium, .html writes the HTML for print.", Required = true };
        Option<string?> chromium = new("--chromium") { Description = $"The Chromium executable (default: ${ReportOptions.ChromiumVariable}, else /usr/bin/chromium)." };
        Command command = new("report", "Write the printable welfare report of an area (or with --city, of all districts) as PDF or HTML.") { profile, area, city, lang, output, chromium };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string? areaText = parseResult.GetValue(area);
            bool wholeCity = parseResult.GetValue(city);
            if (wholeCity == (areaText is not null))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, "give either --area CODE or --city.");
            }

            if (!LanguageCodes.TryParse(parseResult.GetValue(lang), out Language language))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"--lang '{parseResult.GetValue(lang)}': use fi, sv or en.");
            }

            AreaCode code = default;
            if (areaText is not null && !AreaCode.TryParse(areaText, out code, out string? error))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"--area '{areaText}': {error}");
            }

            FileInfo file = parseResult.GetValue(output)!;
            bool pdf = file.Extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase);
            if (!pdf && !file.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"--out '{file.Name}': the file must end in .pdf or .html.");
            }

            string profileId = parseResult.GetValue(profile)!;
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            AtlasCatalogue catalogue = await AtlasCatalogue.LoadAsync(store, cancellationToken);
            if (catalogue.FindProfile(profileId) is null)
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, $"no profile '{profileId}'; there are {string.Join(", ", catalogue.Profiles.Select(p => p.Id))}.");
            }

            CellAvailabilityCache availability = new(store.DataSource);
            CellSnapshot snapshot = new(store.DataSource);
            AreaProfileService profiles = new(catalogue, availability, snapshot);
            ReportService reports = new(store, catalogue, profiles, new IndicatorDataService(store, catalogue, profiles, availability, snapshot), TimeProvider.System);
            string html;
            if (wholeCity)
            {
                if (await reports.CityAsync(profileId, language, Audience.Public, cancellationToken) is not { } cityReport)
                {
                    return CliContext.Fail(parseResult, ExitCodes.NotFound, "the store has no city area.");
                }

                html = ReportHtml.Write(cityReport, language, forPdf: pdf);
            }
            else
            {
                if (await reports.AreaAsync(profileId, code, Audience.Public, cancellationToken) is not { } areaReport)
                {
                    return CliContext.Fail(parseResult, ExitCodes.NotFound, $"no area with code '{code.Value}'.");
                }

                html = ReportHtml.Write(areaReport, language, forPdf: pdf);
            }

            file.Directory?.Create();
            if (pdf)
            {
                ReportOptions options = new();
                if (parseResult.GetValue(chromium) is { Length: > 0 } path)
                {
                    options.ChromiumPath = path;
                }
                else if (context.Environment(ReportOptions.ChromiumVariable) is { Length: > 0 } fromEnvironment)
                {
                    options.ChromiumPath = fromEnvironment;
                }

                try
                {
                    using PdfPrinter printer = new(Options.Create(options));
                    byte[] bytes = await printer.PrintAsync(html, UiStrings.For(language).Reports.Page, cancellationToken);
                    await File.WriteAllBytesAsync(file.FullName, bytes, cancellationToken);
                }
                catch (ReportPrinterException exception)
                {
                    return CliContext.Fail(parseResult, ExitCodes.Failure, exception.Message);
                }
            }
            else
            {
                await File.WriteAllTextAsync(file.FullName, html, cancellationToken);
            }

            file.Refresh();
            parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {file.FullName} ({file.Length} bytes).");
            return ExitCodes.Success;
        });
        return command;
    }
}
