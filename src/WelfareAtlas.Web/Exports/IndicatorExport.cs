using WelfareAtlas.Web.IndicatorData;

namespace WelfareAtlas.Web.Exports;

/// <summary>
/// What the indicator data exports (XLSX, JSON-stat, PX) write: the cells of <c>GET /api/v1/indicators/{id}/data</c>
/// for the same choices and audience, the city first, so every export carries the API's numbers and nothing more.
/// </summary>
/// <param name="Data">The API's answer.</param>
/// <param name="Audience">The audience the cells were read for (<c>public</c> or <c>analyst</c>), written into the file.</param>
/// <param name="Created">When the export was made (UTC).</param>
internal sealed record IndicatorExport(IndicatorDataView Data, string Audience, DateTimeOffset Created)
{
    /// <summary>The rows: the city's cell (when it has one and the area type is not the city) and then every area's, as the API lists them.</summary>
    public IReadOnlyList<AreaCellView> Rows { get; } = Data.City is { } city && Data.Cells.All(c => c.Area.Code != city.Area.Code)
        ? [city, .. Data.Cells]
        : Data.Cells;

    /// <summary>The file name without extension: <c>indicator-period-areatype-breakdown</c>, safe in any file system.</summary>
    public string FileStem => Safe($"{Data.Indicator.Id}-{Data.Period}-{Data.AreaType}-{Data.Breakdown}");

    /// <summary>Whether the cell carries no numbers because disclosure control or the source withholds them.</summary>
    public static bool IsWithheld(AreaCellView cell) => cell.Value is null;

    private static string Safe(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
