using System.Globalization;

namespace WelfareAtlas.Import.Mapping;

/// <summary>One row of a table or one cell of a cube, as texts under the table's header.</summary>
/// <param name="Line">1-based line (CSV) or sheet row (XLSX); <see langword="null"/> for a cube cell.</param>
/// <param name="Sheet">The worksheet of an XLSX row; otherwise <see langword="null"/>.</param>
/// <param name="Cell">A cube cell's category codes (<c>Alue=091, Vuosi=2010</c>); otherwise <see langword="null"/>.</param>
/// <param name="Cells">The texts, one per header column.</param>
public sealed record SourceRow(int? Line, string? Sheet, string? Cell, IReadOnlyList<string> Cells)
{
    /// <summary>
    /// A cube cell's status when the cell has a number too (a JSON-stat estimate <c>e</c>): the symbol that goes with the
    /// number in the last column, <see cref="SourceTable.CubeValueColumn"/>. <see langword="null"/> for a table row, and
    /// for a cube cell without a status or without a number (whose status is the cell's text instead).
    /// </summary>
    public string? ValueStatus { get; init; }

    /// <summary>Where column <paramref name="column"/> (0-based) named <paramref name="name"/> of this row is, for a problem's location.</summary>
    public string Locate(int column, string name)
    {
        string where = Sheet is not null && Line is { } row
            ? string.Create(CultureInfo.InvariantCulture, $"{Sheet}!{Tabular.TabularRow.ColumnName(column)}{row}, ")
            : Cell is not null ? $"cell {Cell}, " : string.Empty;
        return $"{where}column \"{name}\"";
    }
}
