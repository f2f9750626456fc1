namespace WelfareAtlas.Indicators;

/// <summary>What kind of number an indicator is, which decides how its value and interval are computed.</summary>
public enum Measure
{
    /// <summary>Numerator ÷ denominator, the numerator a subset of the denominator (Wilson score interval); numerator ≤ denominator.</summary>
    Proportion,

    /// <summary>Events ÷ population × multiplier (exact Poisson below 10 events, Byars from 10).</summary>
    CrudeRate,

    /// <summary>Directly standardised rate (Dobson), from age-specific counts and a standard population.</summary>
    DirectlyStandardisedRate,

    /// <summary>Observed ÷ expected events (indirect standardisation).</summary>
    IndirectlyStandardisedRatio,

    /// <summary>A mean of individual values (Student's t interval).</summary>
    Mean,

    /// <summary>A count of events or people, with a Poisson interval.</summary>
    Count,

    /// <summary>A value given by the source, with its limits if the source gives them; nothing is recomputed.</summary>
    Value,
}
