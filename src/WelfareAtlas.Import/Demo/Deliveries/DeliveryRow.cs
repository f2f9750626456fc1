using WelfareAtlas.Areas;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>One row of a delivery file before formatting.</summary>
/// <param name="Area">The area.</param>
/// <param name="AreaName">The area's name, written when the layout has a name column.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">Sex, age band and category of the row (the layout decides which are written).</param>
/// <param name="Numbers">One number per number column of the layout, in column order; <see langword="null"/> writes a missing cell.</param>
/// <param name="Suppressed">Whether the producer hid the row's indicator numbers; they are written as <see cref="DeliveryLayout.SuppressedSymbol"/>.</param>
public sealed record DeliveryRow(AreaCode Area, string? AreaName, Period Period, Breakdown Breakdown, double?[] Numbers, bool Suppressed = false);
