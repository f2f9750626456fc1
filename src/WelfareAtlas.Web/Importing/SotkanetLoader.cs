using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Sotkanet;
using WelfareAtlas.Storage.Areas;

namespace WelfareAtlas.Web.Importing;

/// <summary>
/// Imports THL's Sotkanet municipality extract (real data) into a store the way a steward would: the shipped file
/// goes through <see cref="BatchImporter"/> with its mapping spec (<see cref="SotkanetMunicipalityDelivery"/>),
/// reading the rows of the municipalities the store has. No back door: every value is in an import batch.
/// </summary>
public static class SotkanetLoader
{
    /// <summary>Imports the extract without a compute run (the caller computes once for everything it loads).</summary>
    /// <exception cref="InvalidOperationException">The batch was not committed: the shipped file and its spec disagree, a bug.</exception>
    public static async Task<ImportResult> LoadAsync(DbDataSource dataSource, TimeProvider time, CancellationToken cancellationToken = default)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("atlas-sotkanet-");
        try
        {
            string path = SotkanetMunicipalityDelivery.WriteTo(folder.FullName);
            IReadOnlyList<Area> municipalities = await new AreaRepository(dataSource).ListAsync(AreaType.City, null, cancellationToken);
            ImportRequest request = new(
                path,
                SotkanetMunicipalityDelivery.FileName,
                SotkanetMunicipalityDelivery.MappingSpec(municipalities.Select(m => m.Code)),
                SotkanetMunicipalityDelivery.FileName + ".mapping.json",
                "first start",
                AllowPartial: false,
                DryRun: false);
            ImportResult result = await new BatchImporter(dataSource, time, recompute: false).ImportAsync(request, null, cancellationToken);
            if (result.Status != ImportStatus.Committed)
            {
                string problems = string.Join("; ", result.Problems.Take(5).Select(p => p.ToString()));
                throw new InvalidOperationException($"The Sotkanet extract {SotkanetMunicipalityDelivery.FileName} was not imported ({result.Status}): {problems}");
            }

            return result;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
