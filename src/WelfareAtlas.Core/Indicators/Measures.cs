namespace WelfareAtlas.Indicators;

/// <summary>The file and URL form of <see cref="Measure"/>: <c>proportion</c>, <c>crude-rate</c>, <c>dsr</c>, <c>isr</c>, <c>mean</c>, <c>count</c>, <c>value</c>.</summary>
public static class Measures
{
    /// <summary>Every measure.</summary>
    public static IReadOnlyList<Measure> All { get; } =
        [Measure.Proportion, Measure.CrudeRate, Measure.DirectlyStandardisedRate, Measure.IndirectlyStandardisedRatio, Measure.Mean, Measure.Count, Measure.Value];

    /// <summary>The kebab-case name used in the store, specs and the API.</summary>
    public static string ToSlug(this Measure measure) => measure switch
    {
        Measure.Proportion => "proportion",
        Measure.CrudeRate => "crude-rate",
        Measure.DirectlyStandardisedRate => "dsr",
        Measure.IndirectlyStandardisedRatio => "isr",
        Measure.Mean => "mean",
        Measure.Count => "count",
        Measure.Value => "value",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a measure."),
    };

    /// <summary>Reads a slug written by <see cref="ToSlug"/>, ignoring case.</summary>
    public static bool TryParse(string? slug, out Measure measure)
    {
        string normalised = slug?.Trim().ToLowerInvariant() ?? string.Empty;
        foreach (Measure candidate in All)
        {
            if (string.Equals(candidate.ToSlug(), normalised, StringComparison.Ordinal))
            {
                measure = candidate;
                return true;
            }
        }

        measure = default;
        return false;
    }
}
