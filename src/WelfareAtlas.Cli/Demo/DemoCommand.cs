using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Import.Demo;

namespace WelfareAtlas.Cli.Demo;

/// <summary>
/// <c>atlas demo [--scale city|national] [--seed N] [--out DIR]</c>: writes the demo deliveries with their manifests and
/// mapping specs (and at the national scale the area file). It does not load them: the deliveries go into the store
/// only through the importer (<c>atlas areas import</c>, <c>atlas import FILE --mapping SPEC</c>), like real ones.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The directory written to when <c>--out</c> is not given.</summary>
    public const string DefaultOutput = "demo-deliveries";

    /// <summary>The seed when <c>--seed</c> is not given.</summary>
    public const int DefaultSeed = WelfareAtlas.Web.Importing.DemoLoader.DefaultSeed;

    public static Command Create()
    {
        Option<string> scale = new("--scale")
        {
            Description = "city: Helsinki's real areas (default); national: about 3,000 synthetic areas, 10 years, for benchmarks.",
            DefaultValueFactory = _ => "city",
        };
        scale.AcceptOnlyFromAmong("city", "national");
        Option<int> seed = new("--seed") { Description = "The random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => DefaultSeed };
        Option<int> municipalities = MunicipalitiesOption();
        Option<string> output = new("--out") { Description = $"The directory to write into (default ./{DefaultOutput}); existing files of the same names are replaced.", DefaultValueFactory = _ => DefaultOutput };
        Command command = new("demo", "Generate the synthetic demo deliveries (CSV/XLSX as real producers write them) with a manifest and a mapping spec per file.")
        {
            scale,
            seed,
            output,
            municipalities,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            DemoScale demoScale = parseResult.GetValue(scale) == "national" ? DemoScale.National : DemoScale.City;
            string directory = Path.GetFullPath(parseResult.GetValue(output)!);
            TextWriter console = parseResult.InvocationConfiguration.Output;
            Stopwatch watch = Stopwatch.StartNew();
            DemoSetting setting = DemoSetting.Create(demoScale, parseResult.GetValue(seed), parseResult.GetValue(municipalities));
            IReadOnlyList<WrittenDelivery> written;
            try
            {
                written = DemoGenerator.Write(setting, directory, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Task.FromResult(CliContext.Fail(parseResult, ExitCodes.Failure, $"cannot write the demo deliveries to {directory}: {e.Message}"));
            }

            foreach (WrittenDelivery delivery in written)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{delivery.Layout.FileName}\t{delivery.Rows} rows\t{(delivery.Layout.Synthetic ? "synthetic" : "real")}"));
            }

            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {written.Count} deliveries ({written.Sum(d => d.Rows)} rows) with their manifests and mapping specs{(setting.Geography is null ? string.Empty : " and the area file " + DemoGenerator.NationalAreaFileName)} to {directory} in {watch.Elapsed.TotalSeconds:F1} s."));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>
    /// The hidden <c>--municipalities N</c>: a national scale with fewer synthetic municipalities, so that tests can run the
    /// whole steward path in seconds. Not for users: the national scale is defined by its size.
    /// </summary>
    public static Option<int> MunicipalitiesOption()
    {
        Option<int> option = new("--municipalities")
        {
            Description = "Testing only: the number of synthetic municipalities of the national scale.",
            DefaultValueFactory = _ => DemoSetting.NationalMunicipalities,
            Hidden = true,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 999)
            {
                result.AddError("--municipalities must be 1-999.");
            }
        });
        return option;
    }
}
