using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.Profiles;

/// <summary>An indicator as it appears in one profile: the same indicator can be good-when-high in one profile and neutral in another.</summary>
/// <param name="Indicator">The catalogue indicator.</param>
/// <param name="Polarity">Which direction is good in this profile.</param>
/// <param name="Age">
/// The age band the profile shows of an indicator delivered only by age band (no total of all ages): the band of the
/// profile's people, so that older people see payment defaults of those aged 65 and over, not of the youngest adults;
/// <see langword="null"/> for the indicator's total (<see cref="HeadlineBreakdown"/>).
/// </param>
public sealed record ProfileIndicator(IndicatorId Indicator, Polarity Polarity, AgeBand? Age = null);
