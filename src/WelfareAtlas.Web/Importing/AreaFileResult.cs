using WelfareAtlas.Areas;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Web.Importing;

/// <summary>What adding an area file did.</summary>
/// <param name="Areas">Areas added (0 when nothing was).</param>
/// <param name="CrosswalkRows">Crosswalk rows added.</param>
/// <param name="Problems">What is wrong with the file, each with its JSON location; any error means nothing was added.</param>
/// <param name="Existing">Codes of the file the store already has; any means nothing was added.</param>
public sealed record AreaFileResult(int Areas, int CrosswalkRows, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<AreaCode> Existing)
{
    /// <summary>Whether the areas were added.</summary>
    public bool Added => Existing.Count == 0 && !Problems.Any(problem => problem.Severity == ProblemSeverity.Error);
}
