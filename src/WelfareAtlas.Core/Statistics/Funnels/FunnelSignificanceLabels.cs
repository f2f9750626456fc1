namespace WelfareAtlas.Statistics.Funnels;

/// <summary>The reference implementation's labels for <see cref="FunnelSignificance"/>.</summary>
public static class FunnelSignificanceLabels
{
    /// <summary>The label PHEindicatormethods prints, e.g. <c>High (0.001)</c>.</summary>
    public static string ToReferenceLabel(this FunnelSignificance significance) => significance switch
    {
        FunnelSignificance.NotSignificant => "Not significant",
        FunnelSignificance.HighAt95 => "High (0.025)",
        FunnelSignificance.HighAt998 => "High (0.001)",
        FunnelSignificance.LowAt95 => "Low (0.025)",
        FunnelSignificance.LowAt998 => "Low (0.001)",
        FunnelSignificance.NotApplicableFewEvents => "Not applicable for events less than 10 for dsrs",
        _ => throw new ArgumentOutOfRangeException(nameof(significance), significance, "Unknown significance."),
    };
}
