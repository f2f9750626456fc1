using WelfareAtlas.Import.Cubes;

namespace WelfareAtlas.Import.JsonStat;

/// <summary>A JSON-stat 2.0 response as read: its class, the datasets it embeds, and the items it only links to.</summary>
/// <param name="Class">The response class: <c>dataset</c>, <c>collection</c> or <c>dimension</c>.</param>
/// <param name="Label">The response's <c>label</c>; <see langword="null"/> when absent.</param>
/// <param name="Datasets">The datasets as cubes: one for a dataset, the embedded ones for a collection, none for a dimension.</param>
/// <param name="LinkedItems">The <c>href</c> of collection items that are not embedded (the reader never fetches them).</param>
public sealed record JsonStatDocument(string Class, string? Label, IReadOnlyList<Cube> Datasets, IReadOnlyList<string> LinkedItems);
