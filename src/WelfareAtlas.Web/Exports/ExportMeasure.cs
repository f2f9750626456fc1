using WelfareAtlas.Web.IndicatorData;

namespace WelfareAtlas.Web.Exports;

/// <summary>
/// One number an export gives for each cell: the value, its limits or the counts behind it. The machine-readable
/// exports (JSON-stat, PX) have them as the categories of their <c>measure</c> dimension, in <see cref="All"/>'s order.
/// </summary>
/// <param name="Code">The category code (<c>value</c>, <c>ci95-lower</c>, ...).</param>
/// <param name="Label">The label, in English, Finnish and Swedish.</param>
/// <param name="IsCount">Whether the number is a count (numerator or denominator) rather than in the indicator's unit.</param>
/// <param name="Of">Reads the number from an API cell; <see langword="null"/> when the cell has none.</param>
internal sealed record ExportMeasure(string Code, Profiles.TextView Label, bool IsCount, Func<AreaCellView, double?> Of)
{
    /// <summary>Every measure, in the order of the exports' <c>measure</c> dimension.</summary>
    public static IReadOnlyList<ExportMeasure> All { get; } =
    [
        new("value", new("Arvo", "Värde", "Value"), false, c => c.Value),
        new("ci95-lower", new("95 %:n alaraja", "95 % nedre gräns", "95 % lower limit"), false, c => c.Ci95?.Lower),
        new("ci95-upper", new("95 %:n yläraja", "95 % övre gräns", "95 % upper limit"), false, c => c.Ci95?.Upper),
        new("ci998-lower", new("99,8 %:n alaraja", "99,8 % nedre gräns", "99.8 % lower limit"), false, c => c.Ci998?.Lower),
        new("ci998-upper", new("99,8 %:n yläraja", "99,8 % övre gräns", "99.8 % upper limit"), false, c => c.Ci998?.Upper),
        new("numerator", new("Osoittaja (lukumäärä)", "Täljare (antal)", "Numerator (count)"), true, c => c.Numerator),
        new("denominator", new("Nimittäjä (väestö)", "Nämnare (befolkning)", "Denominator (population)"), true, c => c.Denominator),
    ];
}
