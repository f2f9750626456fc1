using System.Globalization;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Exports;

/// <summary>
/// Builds the downloadable files from the same services as the JSON API (<see cref="IndicatorDataService"/>,
/// <see cref="AreaProfileService"/>) for the request's audience, so a file carries exactly the API's numbers.
/// </summary>
/// <param name="store">The open store: the import batches named as the numbers' vintages.</param>
/// <param name="catalogue">The indicators.</param>
/// <param name="time">The clock that dates each file.</param>
public sealed class ExportService(AtlasStore store, AtlasCatalogue catalogue, TimeProvider time)
{
    /// <summary>The code of <paramref name="audience"/> as the files state it.</summary>
    public static string AudienceCode(Audience audience) => audience == Audience.Analyst ? "analyst" : "public";

    internal IndicatorExport Indicator(IndicatorDataView data, Audience audience) => new(data, AudienceCode(audience), time.GetUtcNow());

    internal DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The metadata of each indicator with the import batches its exported cells come from.</summary>
    internal async Task<IReadOnlyList<IndicatorMetadata>> MetadataAsync(IEnumerable<(string Indicator, IEnumerable<long> Batches)> indicators, CancellationToken cancellationToken)
    {
        Dictionary<long, ImportBatch> batches = (await new ImportBatchRepository(store.DataSource, time).ListAsync(cancellationToken)).ToDictionary(b => b.Id);
        List<IndicatorMetadata> result = [];
        foreach ((string id, IEnumerable<long> ids) in indicators)
        {
            if (!IndicatorId.TryParse(id, out IndicatorId parsed, out _) || !catalogue.Indicators.TryGetValue(parsed, out Indicator? indicator))
            {
                continue;
            }

            result.Add(new IndicatorMetadata(
                IndicatorView.From(indicator),
                [.. ids.Distinct().Order().Select(b => batches.TryGetValue(b, out ImportBatch? batch) ? Vintage(batch) : $"batch {b.ToString(CultureInfo.InvariantCulture)}")]));
        }

        return result;
    }

    /// <summary>One batch as a vintage line: <c>batch 12: source, file, imported 2026-01-02</c>.</summary>
    public static string Vintage(ImportBatch batch) => string.Create(
        CultureInfo.InvariantCulture,
        $"batch {batch.Id}: {batch.Source}, {batch.FileName}, imported {batch.ImportedAt:yyyy-MM-dd}");
}
