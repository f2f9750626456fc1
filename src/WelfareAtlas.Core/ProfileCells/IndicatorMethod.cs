using WelfareAtlas.Indicators;

namespace WelfareAtlas.ProfileCells;

/// <summary>What a compute run needs to know of an indicator: how its numbers are computed.</summary>
/// <param name="Id">The indicator.</param>
/// <param name="Measure">Decides the estimator and interval method.</param>
/// <param name="Multiplier">The scale of the value: 100 for a percentage, 100 000 for a rate per 100 000; 1 for counts and given values.</param>
public sealed record IndicatorMethod(IndicatorId Id, Measure Measure, double Multiplier);
