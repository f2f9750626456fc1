namespace WelfareAtlas.Periods;

/// <summary>The length of a period.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year: <c>2024</c>.</summary>
    Year,

    /// <summary>A calendar quarter: <c>2024Q3</c>.</summary>
    Quarter,

    /// <summary>A calendar month: <c>2024M07</c> (also read from <c>2024-07</c>).</summary>
    Month,

    /// <summary>An ISO 8601 week: <c>2024W05</c>.</summary>
    Week,

    /// <summary>Several whole years pooled into one value: <c>2021-2023</c> (also read with an en dash).</summary>
    PooledYears,
}
