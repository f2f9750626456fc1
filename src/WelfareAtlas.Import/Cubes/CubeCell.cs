namespace WelfareAtlas.Import.Cubes;

/// <summary>One cell of a cube.</summary>
/// <param name="Index">Row-major position of the cell (last dimension fastest).</param>
/// <param name="Codes">One category code per dimension, in <see cref="Cube.Dimensions"/> order.</param>
/// <param name="Value">The number; <see langword="null"/> when the cell is missing, suppressed or non-numeric.</param>
/// <param name="Status">The source's symbol for the cell: a PX dot code (<c>.</c> <c>..</c> … <c>......</c>, <c>-</c>, or a declared symbol), a JSON-stat status (<c>e</c>, <c>p</c>, …); <see langword="null"/> when none.</param>
public sealed record CubeCell(int Index, IReadOnlyList<string> Codes, double? Value, string? Status);
