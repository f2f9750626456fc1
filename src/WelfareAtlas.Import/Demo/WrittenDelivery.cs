using WelfareAtlas.Import.Demo.Deliveries;

namespace WelfareAtlas.Import.Demo;

/// <summary>A delivery file as written: its layout, row count, hash and how long it took.</summary>
/// <param name="Layout">The file's layout.</param>
/// <param name="Rows">Data rows written.</param>
/// <param name="Sha256">The file's SHA-256, lower-case hex.</param>
/// <param name="Elapsed">Time to generate and write it.</param>
public sealed record WrittenDelivery(DeliveryLayout Layout, long Rows, string Sha256, TimeSpan Elapsed);
