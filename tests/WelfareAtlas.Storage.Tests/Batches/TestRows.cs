using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Batches;

namespace WelfareAtlas.Storage.Tests.Batches;

/// <summary>Rows of a batch as an importer streams them, for the batch and copy tests.</summary>
internal static class TestRows
{
    public static readonly IndicatorId Population = IndicatorId.Parse("population");

    /// <summary>A population count of <paramref name="area"/> in <paramref name="year"/>, read from <paramref name="line"/>.</summary>
    public static SourcedObservation Count(AreaCode area, int year, double count, int line) =>
        new(new Observation(Population, area, Period.OfYear(year), Breakdown.Total, count, null), line);

    /// <summary>The rows as an asynchronous stream, yielding between rows as a reader does.</summary>
    public static async IAsyncEnumerable<SourcedObservation> Of(params SourcedObservation[] rows)
    {
        foreach (SourcedObservation row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
