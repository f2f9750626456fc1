using WelfareAtlas.Indicators;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.Profiles;

/// <summary>An indicator as it appears in one profile: the same indicator can be good-when-high in one profile and neutral in another.</summary>
/// <param name="Indicator">The catalogue indicator.</param>
/// <param name="Polarity">Which direction is good in this profile.</param>
public sealed record ProfileIndicator(IndicatorId Indicator, Polarity Polarity);
