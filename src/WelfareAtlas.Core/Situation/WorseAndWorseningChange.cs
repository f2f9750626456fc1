namespace WelfareAtlas.Situation;

/// <summary>A series that entered or left the "worse and worsening" list between two compute runs (what an alert is about).</summary>
/// <param name="Entered"><see langword="true"/> when the series is on the list now and was not before; <see langword="false"/> when it has left it.</param>
/// <param name="Finding">The finding now (entered) or the one before (left): indicator, area, breakdown, period and values.</param>
public sealed record WorseAndWorseningChange(bool Entered, SituationFinding Finding);
