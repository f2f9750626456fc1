using WelfareAtlas.Areas;

namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>What an area cell gives a row.</summary>
/// <param name="Skip">The mapping skips the row.</param>
/// <param name="Code">The area; <see langword="null"/> (and not skipped) when the text rejects the row.</param>
public readonly record struct BulkArea(bool Skip, AreaCode? Code);
