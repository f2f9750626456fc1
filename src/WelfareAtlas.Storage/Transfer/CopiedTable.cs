namespace WelfareAtlas.Storage.Transfer;

/// <summary>One table moved by <see cref="StoreCopy"/>.</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Rows">How many rows it holds in the new store (as many as in the old one).</param>
public sealed record CopiedTable(string Table, long Rows);
