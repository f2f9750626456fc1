using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Situation;

/// <summary>Which number an observation or cell is: indicator × area × period × breakdown (by its <see cref="Observations.Breakdown.Key"/>).</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">The breakdown's canonical key (<c>total</c>, <c>sex=female;age=7-17</c>).</param>
public readonly record struct ObservationKey(IndicatorId Indicator, AreaCode Area, Period Period, string Breakdown);
