using WelfareAtlas.Storage.Alerts;

namespace WelfareAtlas.Web.Alerts;

/// <summary>An alert: a series entered or left a profile's "worse and worsening" list in a compute run.</summary>
/// <param name="Id">The alert's number, increasing.</param>
/// <param name="ComputeRun">The run that changed the status.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="Entered"><see langword="true"/>: now significantly worse than the city and significantly worsening; <see langword="false"/>: no longer.</param>
/// <param name="Profile">The profile whose polarity judged it.</param>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Area">The area's code.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Period">The latest period of the series then.</param>
/// <param name="Value">The value then.</param>
/// <param name="CityValue">The city's value then.</param>
/// <param name="Synthetic">Whether the indicator's data are synthetic demo data, never facts about the city.</param>
public sealed record AlertView(long Id, long ComputeRun, DateTime CreatedAt, bool Entered, string Profile, string Indicator, string Area, string Breakdown, string Period, double Value, double? CityValue, bool Synthetic)
{
    internal static AlertView From(Alert alert, bool synthetic) => new(
        // The store keeps UTC without a kind; marked so, the JSON carries its "Z" and no client reads it as local time.
        alert.Id, alert.RunId, DateTime.SpecifyKind(alert.CreatedAt, DateTimeKind.Utc), alert.Entered, alert.Profile, alert.Indicator.Value, alert.Area.Value, alert.Breakdown, alert.Period.ToString(), alert.Value, alert.BenchmarkValue, synthetic);
}

/// <summary>A subscription made: what it follows; the address gets a confirmation link.</summary>
/// <param name="TargetKind"><c>area</c>, <c>indicator</c> or <c>profile</c>.</param>
/// <param name="Target">What it follows.</param>
/// <param name="Language">The language of its messages.</param>
/// <param name="Status"><c>confirmation-sent</c>: nothing else is sent until the link is opened.</param>
public sealed record SubscriptionView(string TargetKind, string Target, string Language, string Status);
