using WelfareAtlas.Areas;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Disclosure;

/// <summary>One cell of an indicator's table: area × period × breakdown.</summary>
/// <param name="Area">The area.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">The part of the population.</param>
public readonly record struct CellKey(AreaCode Area, Period Period, Breakdown Breakdown)
{
    /// <summary>The key of <paramref name="observation"/>.</summary>
    public static CellKey Of(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new CellKey(observation.Area, observation.Period, observation.Breakdown);
    }

    /// <summary>Orders by area code, then period, then breakdown key (ordinal): the order every deterministic choice follows.</summary>
    public static IComparer<CellKey> Order { get; } = Comparer<CellKey>.Create(static (left, right) => left.CompareTo(right));

    private int CompareTo(CellKey other)
    {
        int byArea = string.CompareOrdinal(Area.Value, other.Area.Value);
        if (byArea != 0)
        {
            return byArea;
        }

        int byPeriod = Period.CompareTo(other.Period);
        return byPeriod != 0 ? byPeriod : string.CompareOrdinal(Breakdown.Key, other.Breakdown.Key);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Area}/{Period}/{Breakdown.Key}";
}
