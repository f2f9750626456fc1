namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>The text encoding of a CSV delivery, as Finnish producers write them.</summary>
public enum DeliveryEncoding
{
    /// <summary>UTF-8 with a byte-order mark (Excel's "CSV UTF-8").</summary>
    Utf8Bom,

    /// <summary>UTF-8 without a byte-order mark (web services, databases).</summary>
    Utf8,

    /// <summary>Windows-1252 (Excel's default "CSV" on Finnish Windows, older register systems).</summary>
    Windows1252,
}
