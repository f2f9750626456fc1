using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Storage.Areas;

namespace WelfareAtlas.Web.Importing;

/// <summary>Adds the areas of an area file (<see cref="AreaFile"/>) to a store: all of them or, on any problem, none.</summary>
public static class AreaFileLoader
{
    /// <summary>Reads and checks the file at <paramref name="path"/>, then adds its areas and crosswalk unless the store has any of its codes.</summary>
    public static async Task<AreaFileResult> LoadAsync(DbDataSource dataSource, string path, CancellationToken cancellationToken = default)
    {
        (GeographyDataset? geography, ReadReport report) = AreaFile.Read(await File.ReadAllBytesAsync(path, cancellationToken), Path.GetFileName(path));
        if (geography is null)
        {
            return new AreaFileResult(0, 0, report.Problems, []);
        }

        IReadOnlyList<AreaCode> existing = await new AreaRepository(dataSource).AddAsync(geography, cancellationToken);
        return existing.Count > 0
            ? new AreaFileResult(0, 0, report.Problems, existing)
            : new AreaFileResult(geography.Areas.Count, geography.Overlaps.Count, report.Problems, []);
    }
}
