using System.Data.Common;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Situation;

namespace WelfareAtlas.Web.Importing;

/// <summary>
/// Loads the city-scale demo into a store the way a steward would: the generator writes its deliveries (Finnish
/// CSV and XLSX) to a temporary folder, and each goes through <see cref="BatchImporter"/> with its mapping spec.
/// No back door: every demo observation is in an import batch with its validation and content hash. The real
/// Sotkanet municipality extract is imported with it (<see cref="SotkanetLoader"/>).
/// </summary>
public static class DemoLoader
{
    /// <summary>The seed of the demo loaded on first start; <c>atlas demo</c> writes the same files with it.</summary>
    public const int DefaultSeed = 20250101;

    /// <summary>Generates and imports every city-scale delivery, then the Sotkanet extract; returns the import results in that order.</summary>
    /// <exception cref="InvalidOperationException">A delivery was not committed: the generator and the importer disagree, a bug.</exception>
    public static async Task<IReadOnlyList<ImportResult>> LoadAsync(DbDataSource dataSource, TimeProvider time, int seed = DefaultSeed, CancellationToken cancellationToken = default)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("atlas-demo-");
        try
        {
            IReadOnlyList<WrittenDelivery> written = DemoGenerator.Write(DemoSetting.Create(DemoScale.City, seed), folder.FullName, cancellationToken);
            BatchImporter importer = new(dataSource, time, recompute: false);
            List<ImportResult> results = [];
            foreach (WrittenDelivery delivery in written)
            {
                results.Add(await ImportWithItsSpecAsync(importer, folder.FullName, delivery.Layout.FileName, "demo delivery", cancellationToken));
            }

            // The real Sotkanet municipality figures come with the demo, as Paavo's do, so that first start shows
            // Helsinki among the other municipalities; one compute run below covers both.
            results.Add(await SotkanetLoader.LoadAsync(dataSource, time, cancellationToken));
            await new ComputeRunner(dataSource, time).RunAllAsync("demo loaded", cancellationToken);
            await new IndicatorRefresher(dataSource, time).RefreshStaleAsync(cancellationToken);
            return results;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Imports one file the generator wrote into <paramref name="folder"/> with the mapping spec it wrote beside it
    /// (<see cref="DemoGenerator.MappingFileNameOf"/>), as <c>atlas import FILE --mapping SPEC --no-compute</c> would.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file was not committed: the generator and the importer disagree, a bug.</exception>
    internal static async Task<ImportResult> ImportWithItsSpecAsync(BatchImporter importer, string folder, string fileName, string what, CancellationToken cancellationToken)
    {
        string mappingName = DemoGenerator.MappingFileNameOf(fileName);
        ImportRequest request = new(
            Path.Combine(folder, fileName),
            fileName,
            await File.ReadAllBytesAsync(Path.Combine(folder, mappingName), cancellationToken),
            mappingName,
            "demo",
            AllowPartial: false,
            DryRun: false);
        ImportResult result = await importer.ImportAsync(request, null, cancellationToken);
        if (result.Status != ImportStatus.Committed)
        {
            string problems = string.Join("; ", result.Problems.Take(5).Select(p => p.ToString()));
            throw new InvalidOperationException($"The {what} {fileName} was not imported ({result.Status}): {problems}");
        }

        return result;
    }
}
