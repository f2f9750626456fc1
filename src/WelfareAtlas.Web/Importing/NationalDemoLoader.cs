using System.Data.Common;
using System.Diagnostics;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Situation;

namespace WelfareAtlas.Web.Importing;

/// <summary>
/// Loads the national-scale demo into a store as a data steward would with the command line: the generator writes
/// the area file, the deliveries and their mapping specs to a temporary folder; the area file is added like
/// <c>atlas areas import</c>, and each delivery goes through <see cref="BatchImporter"/> with the spec written beside
/// it, like <c>atlas import FILE --mapping SPEC --no-compute</c>; one compute run follows. No back door.
/// </summary>
public static class NationalDemoLoader
{
    /// <summary>Generates and loads the national scale of <paramref name="setting"/>; returns the import results in file order and the time of each step.</summary>
    /// <exception cref="ArgumentException"><paramref name="setting"/> is not of the national scale.</exception>
    /// <exception cref="InvalidOperationException">
    /// The store already has a synthetic area (the national demo loads once, into a store without it), or a file was not
    /// imported: the generator and the importer disagree, a bug.
    /// </exception>
    public static async Task<NationalDemoLoad> LoadAsync(DbDataSource dataSource, TimeProvider time, DemoSetting setting, CancellationToken cancellationToken = default)
    {
        if (setting.Scale != DemoScale.National)
        {
            throw new ArgumentException("The national demo loader needs a national-scale setting.", nameof(setting));
        }

        DirectoryInfo folder = Directory.CreateTempSubdirectory("atlas-demo-national-");
        try
        {
            Stopwatch clock = Stopwatch.StartNew();
            IReadOnlyList<WrittenDelivery> written = DemoGenerator.Write(setting, folder.FullName, cancellationToken);
            TimeSpan generation = clock.Elapsed;
            AreaFileResult areas = await AreaFileLoader.LoadAsync(dataSource, Path.Combine(folder.FullName, DemoGenerator.NationalAreaFileName), "demo", time, cancellationToken);
            if (!areas.Added)
            {
                string why = areas.Existing.Count > 0
                    ? $"the store already has {areas.Existing.Count} of its areas (first {areas.Existing[0]}): the national demo loads into a store without them"
                    : string.Join("; ", areas.Problems.Take(5).Select(p => p.ToString()));
                throw new InvalidOperationException($"The national demo's area file was not added: {why}.");
            }

            BatchImporter importer = new(dataSource, time, recompute: false);
            List<ImportResult> results = [];
            foreach (WrittenDelivery delivery in written)
            {
                results.Add(await DemoLoader.ImportWithItsSpecAsync(importer, folder.FullName, delivery.Layout.FileName, "national demo delivery", cancellationToken));
            }

            TimeSpan importing = clock.Elapsed - generation;
            await new ComputeRunner(dataSource, time).RunAllAsync("national demo loaded", cancellationToken);
            TimeSpan computing = clock.Elapsed - generation - importing;
            await new IndicatorRefresher(dataSource, time).RefreshStaleAsync(cancellationToken);
            return new NationalDemoLoad(results, generation, importing, computing, clock.Elapsed - generation - importing - computing);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
