namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>The container of a delivery file.</summary>
public enum DeliveryFormat
{
    /// <summary>Delimited text, Finnish conventions: <c>;</c> and a decimal comma.</summary>
    Csv,

    /// <summary>An Excel workbook with one sheet; numbers are numeric cells.</summary>
    Xlsx,
}
