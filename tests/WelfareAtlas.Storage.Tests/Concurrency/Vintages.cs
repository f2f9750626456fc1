using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Batches;

namespace WelfareAtlas.Storage.Tests.Concurrency;

/// <summary>Vintages of one large delivery of the <c>census</c> source, for the tests that read while it is written.</summary>
internal static class Vintages
{
    /// <summary>Observations in each vintage: large enough that a commit and a compute run take a while, so readers run during them.</summary>
    public const int Rows = 20_000;

    /// <summary>The indicator of every row, a count.</summary>
    public static readonly IndicatorId Population = IndicatorId.Parse("population");

    /// <summary>The header of the batch whose file content is <paramref name="content"/>: the same content is the same file.</summary>
    public static ImportBatchHeader Header(string content) => new("census", "census.csv", "hash-" + content, "mapping", "tester");

    /// <summary>
    /// <see cref="Rows"/> observations: every area × one year × a free breakdown of <see cref="Rows"/> / 5 categories.
    /// Every vintage has the same keys, so a later one revises every row of an earlier one; the vintage scales the counts.
    /// </summary>
    public static async IAsyncEnumerable<SourcedObservation> Of(int vintage)
    {
        AreaCode[] areas = [SampleGeography.City, SampleGeography.Koillinen, SampleGeography.Malmi, SampleGeography.Tapanila, SampleGeography.Postal00730];
        int line = 2;
        for (int category = 0; category < Rows / areas.Length; category++)
        {
            Breakdown breakdown = new(Sex.Total, AgeBand.All, "topic", "c" + category.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (AreaCode area in areas)
            {
                yield return new SourcedObservation(new Observation(Population, area, Period.OfYear(2024), breakdown, vintage * 1000.0 + category, null), line++);
            }
        }

        await Task.CompletedTask;
    }
}
