using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Import.Demo;

namespace WelfareAtlas.Cli.Demo;

/// <summary>
/// <c>atlas demo [--scale city|national] [--seed N] [--out DIR]</c>: writes the demo deliveries and their manifests.
/// It does not load them: the deliveries go into the store only through the importer, like real ones.
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
        Option<string> output = new("--out") { Description = $"The directory to write into (default ./{DefaultOutput}); existing files of the same names are replaced.", DefaultValueFactory = _ => DefaultOutput };
        Command command = new("demo", "Generate the synthetic demo deliveries (CSV/XLSX as real producers write them) and a manifest per file.")
        {
            scale,
            seed,
            output,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            DemoScale demoScale = parseResult.GetValue(scale) == "national" ? DemoScale.National : DemoScale.City;
            string directory = Path.GetFullPath(parseResult.GetValue(output)!);
            TextWriter console = parseResult.InvocationConfiguration.Output;
            Stopwatch watch = Stopwatch.StartNew();
            DemoSetting setting = DemoSetting.Create(demoScale, parseResult.GetValue(seed));
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
                $"Wrote {written.Count} deliveries ({written.Sum(d => d.Rows)} rows) and their manifests to {directory} in {watch.Elapsed.TotalSeconds:F1} s."));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
