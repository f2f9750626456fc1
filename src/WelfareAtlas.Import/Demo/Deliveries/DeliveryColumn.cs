using WelfareAtlas.Indicators;

namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>One column of a delivery file.</summary>
/// <param name="Header">The column name as the producer writes it (Finnish).</param>
/// <param name="Role">What the column holds.</param>
/// <param name="Indicators">
/// The indicators whose numerator, denominator or value the column is (one column can be the denominator of
/// several, like "18 vuotta täyttäneet"); empty for other roles.
/// </param>
/// <param name="Decimals">Decimals written for a number column (0 for counts).</param>
public sealed record DeliveryColumn(string Header, ColumnRole Role, IReadOnlyList<IndicatorId> Indicators, int Decimals = 0)
{
    /// <summary>A column that belongs to no indicator (area, period, sex, age, category, extra).</summary>
    public DeliveryColumn(string header, ColumnRole role, int decimals = 0)
        : this(header, role, [], decimals)
    {
    }

    /// <summary>A numerator, denominator or value column of the indicators named by <paramref name="indicators"/>.</summary>
    public static DeliveryColumn Of(string header, ColumnRole role, int decimals, params string[] indicators) =>
        new(header, role, [.. indicators.Select(IndicatorId.Parse)], decimals);

    /// <summary>Whether the column holds a number (numerator, denominator, value or extra).</summary>
    public bool IsNumber => Role is ColumnRole.Numerator or ColumnRole.Denominator or ColumnRole.Value or ColumnRole.Extra;
}
