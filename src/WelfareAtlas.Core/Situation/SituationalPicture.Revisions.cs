using System.Globalization;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Situation;

/// <content>The previous data vintage: significant revisions; and the z test shared with period-on-period changes.</content>
public static partial class SituationalPicture
{
    /// <summary>
    /// The difference of two estimates in standard errors: z = (v₂ − v₁) / √(se₁² + se₂²), each se from its 95 %
    /// interval as (upper − lower) / (2 × 1.96); <see langword="null"/> when either has no interval or both are exact.
    /// </summary>
    internal static double? DifferenceZ(Estimate before, Estimate after)
    {
        if (before.Ci95 is not { } ciBefore || after.Ci95 is not { } ciAfter)
        {
            return null;
        }

        double seBefore = (ciBefore.Upper - ciBefore.Lower) / (2 * Z95);
        double seAfter = (ciAfter.Upper - ciAfter.Lower) / (2 * Z95);
        double se = Math.Sqrt((seBefore * seBefore) + (seAfter * seAfter));
        return se > 0 ? (after.Value - before.Value) / se : null;
    }

    private static void AddRevisions(List<SituationFinding> findings, SituationInput input, double criticalZ)
    {
        foreach (ObservationRevision revision in input.Revisions)
        {
            if (!input.Methods.TryGetValue(revision.Current.Indicator, out IndicatorMethod? method))
            {
                continue;
            }

            if (revision.Superseded.Indicator != revision.Current.Indicator || revision.Superseded.Area != revision.Current.Area
                || revision.Superseded.Period != revision.Current.Period || revision.Superseded.Breakdown.Key != revision.Current.Breakdown.Key)
            {
                throw new ArgumentException(
                    $"A revision pairs {revision.Current.Indicator} {revision.Current.Area} {revision.Current.Period} {revision.Current.Breakdown.Key} (batch {revision.CurrentBatch}) with a different number from batch {revision.SupersededBatch}.",
                    nameof(input));
            }

            StatisticResult<Estimate> now = CellEstimator.Estimate(revision.Current, method);
            StatisticResult<Estimate> before = CellEstimator.Estimate(revision.Superseded, method);
            if (!now.IsSuccess || !before.IsSuccess || DifferenceZ(before.Value!, now.Value!) is not { } z || Math.Abs(z) <= criticalZ)
            {
                continue;
            }

            bool? worsening = PolarityJudgement.IsWorsening(z > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing, input.Polarity(method.Id));
            findings.Add(new SituationFinding(
                SituationKind.SignificantRevision,
                revision.Current.Indicator,
                revision.Current.Area,
                revision.Current.Period,
                revision.Current.Breakdown,
                now.Value!.Value,
                before.Value!.Value,
                worsening,
                z,
                string.Create(CultureInfo.InvariantCulture, $"revised {(z > 0 ? "up" : "down")} from {before.Value.Value:G4} (batch {revision.SupersededBatch}) to {now.Value.Value:G4} (batch {revision.CurrentBatch}) (z = {z:F1})"),
                revision.CurrentBatch,
                revision.SupersededBatch));
        }
    }
}
