using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>
/// A delivery file before it is written: its layout and its rows. The rows are produced again on every
/// enumeration from the same seed, so a national-scale file never has to be held in memory.
/// </summary>
/// <param name="Layout">The file's shape.</param>
/// <param name="Rows">Produces the rows, identically on every call.</param>
public sealed record DeliveryFile(DeliveryLayout Layout, Func<IEnumerable<DeliveryRow>> Rows)
{
    /// <summary>
    /// The observations the file holds, as an importer following the manifest must read them: one per row and
    /// indicator, with that indicator's numerator, denominator and value columns.
    /// </summary>
    public IEnumerable<Observation> Observations()
    {
        List<(IndicatorId Indicator, int Numerator, int Denominator, int Value)> indicators = [];
        List<DeliveryColumn> numberColumns = [.. Layout.Columns.Where(column => column.IsNumber)];
        foreach (IndicatorId indicator in Layout.Indicators)
        {
            indicators.Add((
                indicator,
                numberColumns.FindIndex(c => c.Indicators.Contains(indicator) && c.Role == ColumnRole.Numerator),
                numberColumns.FindIndex(c => c.Indicators.Contains(indicator) && c.Role == ColumnRole.Denominator),
                numberColumns.FindIndex(c => c.Indicators.Contains(indicator) && c.Role == ColumnRole.Value)));
        }

        foreach (DeliveryRow row in Rows())
        {
            foreach ((IndicatorId indicator, int numerator, int denominator, int value) in indicators)
            {
                yield return row.Suppressed
                    ? new Observation(indicator, row.Area, row.Period, row.Breakdown, null, Pick(row, denominator), Status: ObservationStatus.SuppressedBySource, SourceSymbol: Layout.SuppressedSymbol)
                    : new Observation(indicator, row.Area, row.Period, row.Breakdown, Pick(row, numerator), Pick(row, denominator), Pick(row, value));
            }
        }
    }

    private static double? Pick(DeliveryRow row, int index) => index < 0 ? null : row.Numbers[index];
}
