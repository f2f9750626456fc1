namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>How a delivery writes its periods.</summary>
public enum PeriodForm
{
    /// <summary><c>2024</c>.</summary>
    Year,

    /// <summary><c>2024Q3</c>.</summary>
    Quarter,

    /// <summary><c>2024-07</c>.</summary>
    Month,
}
