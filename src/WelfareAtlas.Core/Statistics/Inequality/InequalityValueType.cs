namespace WelfareAtlas.Statistics.Inequality;

/// <summary>The kind of value whose inequality is measured: decides the scale its standard error is on.</summary>
public enum InequalityValueType
{
    /// <summary>A value with a normal error (e.g. life expectancy): standard errors on the value's own scale.</summary>
    Normal,

    /// <summary>A rate: standard errors on the log scale.</summary>
    Rate,

    /// <summary>A proportion in (0, 1): standard errors on the logit scale.</summary>
    Proportion,
}
