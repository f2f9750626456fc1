using WelfareAtlas.Areas;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// Postal area → sub-district weights by year, used at commit to derive sub-district observations from postal-area
/// counts; the store's area hierarchy then sums them to districts, major districts and the city.
/// </summary>
/// <param name="Weights">
/// The weights; each postal area's weights in a year sum to 1. Observations of a year without weights use the nearest
/// year's (the earlier on a tie); the importer gives every year of the batch (<see cref="ImportBatchWriter.Years"/>).
/// </param>
public sealed record CrosswalkPlan(IReadOnlyList<CrosswalkWeight> Weights);
