using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Auditing;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Storage.Areas;

namespace WelfareAtlas.Web.Importing;

/// <summary>Adds the areas of an area file (<see cref="AreaFile"/>) to a store: all of them or, on any problem, none.</summary>
public static class AreaFileLoader
{
    /// <summary>
    /// Reads and checks the file at <paramref name="path"/>, then adds its areas and crosswalk unless the store has any
    /// of its codes; an addition is recorded in the audit log (<see cref="AuditAction.AreasAdded"/>).
    /// </summary>
    /// <param name="dataSource">The store.</param>
    /// <param name="path">The area file.</param>
    /// <param name="addedBy">Who adds the areas, for the audit log (a user name, <c>cli:OSUSER</c>, <c>demo</c>).</param>
    /// <param name="time">The clock of the audit entry.</param>
    /// <param name="cancellationToken">Cancels; nothing is added (the areas and their audit entry are one transaction).</param>
    public static async Task<AreaFileResult> LoadAsync(DbDataSource dataSource, string path, string addedBy, TimeProvider time, CancellationToken cancellationToken = default)
    {
        (GeographyDataset? geography, ReadReport report) = AreaFile.Read(await File.ReadAllBytesAsync(path, cancellationToken), Path.GetFileName(path));
        if (geography is null)
        {
            return new AreaFileResult(0, 0, report.Problems, []);
        }

        IReadOnlyList<AreaCode> existing = await new AreaRepository(dataSource).AddAsync(geography, Path.GetFileName(path), addedBy, time, cancellationToken);
        return existing.Count > 0
            ? new AreaFileResult(0, 0, report.Problems, existing)
            : new AreaFileResult(geography.Areas.Count, geography.Overlaps.Count, report.Problems, []);
    }
}
