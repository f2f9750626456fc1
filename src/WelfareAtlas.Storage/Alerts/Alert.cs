using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Alerts;

/// <summary>A series that entered or left a profile's "worse and worsening" list in a compute run.</summary>
/// <param name="Id">The alert's number, increasing.</param>
/// <param name="RunId">The compute run that changed the status.</param>
/// <param name="CreatedAt">When it was recorded (UTC).</param>
/// <param name="Entered"><see langword="true"/>: the series is now significantly worse than the city and significantly worsening; <see langword="false"/>: no longer.</param>
/// <param name="Profile">The profile whose polarity judged it.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Period">The latest period of the series when the status changed.</param>
/// <param name="Value">The value then, on the indicator's scale.</param>
/// <param name="BenchmarkValue">The city's value then; <see langword="null"/> when unknown.</param>
public sealed record Alert(
    long Id,
    long RunId,
    DateTime CreatedAt,
    bool Entered,
    string Profile,
    IndicatorId Indicator,
    AreaCode Area,
    string Breakdown,
    Period Period,
    double Value,
    double? BenchmarkValue);
