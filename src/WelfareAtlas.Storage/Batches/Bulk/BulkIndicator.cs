using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>What an indicator cell gives a row.</summary>
/// <param name="Skip">The mapping skips the row.</param>
/// <param name="Rejected">The text rejects the row: not in the map where the map says <c>error</c>, or not in the catalogue while a values entry takes the row's indicator.</param>
/// <param name="Id">The catalogued indicator, for the entries that take the row's; <see langword="null"/> when not catalogued.</param>
/// <param name="Measure">Its measure (a proportion's numerator must not exceed its denominator).</param>
public readonly record struct BulkIndicator(bool Skip, bool Rejected, IndicatorId? Id, Measure Measure);
