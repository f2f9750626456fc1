using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>One indicator of a narrowed catalogue.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Levels">The area levels it has data at for this reader, from the city down.</param>
/// <param name="FirstPeriod">The earliest period at any level; <see langword="null"/> without data.</param>
/// <param name="LatestPeriod">The latest period at any level; <see langword="null"/> without data.</param>
/// <param name="Profiles">The profiles it is in.</param>
public sealed record IndicatorListing(Indicator Indicator, IReadOnlyList<AreaType> Levels, Period? FirstPeriod, Period? LatestPeriod, IReadOnlyList<Profile> Profiles);
