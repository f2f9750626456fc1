namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// Where each part of a batch's keys comes from in its file, for the duplicate-key report: a phrase such as
/// <c>column "alue"</c>, <c>the mapping's constant</c> or <c>columns "sukupuoli", "ikäryhmä"</c>, which the report puts
/// in parentheses after the part's value.
/// </summary>
/// <param name="Indicator">Where the indicator comes from.</param>
/// <param name="Area">Where the area comes from.</param>
/// <param name="Period">Where the period comes from.</param>
/// <param name="Breakdown">Where the breakdown comes from.</param>
public sealed record KeyOrigins(string Indicator, string Area, string Period, string Breakdown);
