namespace WelfareAtlas.Statistics;

/// <summary>The method that produced a confidence interval.</summary>
public enum IntervalMethod
{
    /// <summary>Wilson score interval for a proportion.</summary>
    Wilson,

    /// <summary>Exact Poisson interval from chi-square quantiles (fewer than 10 events).</summary>
    ExactPoisson,

    /// <summary>Byars' approximation to the Poisson interval (10 events or more).</summary>
    Byars,

    /// <summary>Dobson's method for a directly standardised rate (independent events).</summary>
    Dobson,

    /// <summary>Dobson's method with the variance adjusted for non-independent events.</summary>
    DobsonNonIndependent,

    /// <summary>Student's t-distribution for a mean.</summary>
    StudentT,

    /// <summary>The limits were given by the data's source with the value; nothing was computed here.</summary>
    SourceGiven,

    /// <summary>There is no interval: a value given by its source without limits.</summary>
    None,
}
