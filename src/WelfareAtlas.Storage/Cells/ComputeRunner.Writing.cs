using System.Data.Common;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The compute run's writer: each part's cells encoded into blocks of <see cref="CellBlock.MostCells"/> cells, their texts
/// keyed (<see cref="CellKeys"/>), and the blocks appended to <c>cell_blocks</c> in the run's transaction.
/// </summary>
public sealed partial class ComputeRunner
{
    private async Task<long> AppendAsync(
        DbConnection connection,
        long runId,
        CellKeys keys,
        ColumnType[] columns,
        IEnumerable<IndicatorResult> results,
        CancellationToken cancellationToken)
    {
        long count = 0;
        CellKeys.Column area = new(keys), areaType = new(keys), breakdown = new(keys), derivation = new(keys);
        CellKeys.Column disclosure = new(keys), disclosureReason = new(keys), intervalMethod = new(keys);
        CellKeys.Column noValueKind = new(keys), noValueReason = new(keys);
        CellKeys.Column city = new(keys), city95 = new(keys), city998 = new(keys), cityReason = new(keys);
        CellKeys.Column parent = new(keys), parent95 = new(keys), parent998 = new(keys), parentReason = new(keys);
        CellKeys.Column trend = new(keys), trendReason = new(keys);
        CellBlock.Builder block = new();
        Dictionary<(int Indicator, int Audience), int> parts = [];
        // A bulk insert in the run's transaction (DuckDB's appender, PostgreSQL's COPY): a row a block.
        await using BulkWriter appender = await StoreEngine.Of(dataSource).BeginBulkInsertAsync(connection, "cell_blocks", columns, cancellationToken);
        foreach ((List<StoredObservation> sources, IReadOnlyList<AudienceCells> audiences) in results)
        {
            foreach ((string audience, IReadOnlyList<IndicatorCell> cells, ProtectedTable table) in audiences)
            {
                if (cells.Count == 0)
                {
                    continue;
                }

                int audienceKey = keys.OfText(audience);
                int indicatorKey = keys.OfIndicator(cells[0].Indicator);
                int part = parts.GetValueOrDefault((indicatorKey, audienceKey));
                for (int first = 0; first < cells.Count; first += CellBlock.MostCells)
                {
                    int last = Math.Min(cells.Count, first + CellBlock.MostCells);
                    block.Reserve(last - first);
                    for (int i = first; i < last; i++)
                    {
                        IndicatorCell cell = cells[i];
                        StoredObservation source = sources[cell.SourceIndex];
                        ProtectedCell protectedCell = table.Cells[cell.SourceIndex];
                        Estimate? estimate = cell.Estimate;
                        block.StartCell();
                        block.Write(area.Of(cell.Area.Value));
                        block.Write(areaType.Of(cell.AreaType.ToSlug()));
                        block.Write(keys.OfPeriod(cell.Period));
                        block.Write(breakdown.Of(source.Observation.Breakdown.Key));
                        block.Write(source.BatchId);
                        block.Write(derivation.OfOrNull(source.Derivation));
                        block.Write(disclosure.Of(protectedCell.State.ToCode()));
                        block.Write(disclosureReason.Of(protectedCell.Reason.ToCode()));
                        block.Write(cell.Numerator);
                        block.Write(cell.Denominator);
                        block.Write(estimate?.Value);
                        block.Write(estimate?.Ci95?.Lower);
                        block.Write(estimate?.Ci95?.Upper);
                        block.Write(estimate?.Ci998?.Lower);
                        block.Write(estimate?.Ci998?.Upper);
                        block.Write(intervalMethod.OfOrNull(estimate?.Method.ToSlug()));
                        block.Write(noValueKind.OfOrNull(cell.NoValue?.Kind.ToNoValueSlug()));
                        block.Write(noValueReason.OfOrNull(cell.NoValue?.Message));
                        block.Write(city.OfOrNull(cell.VersusCity.Benchmark?.Value));
                        block.Write(cell.VersusCity.BenchmarkValue);
                        block.Write(city95.Of(cell.VersusCity.At95.ToSlug()));
                        block.Write(city998.Of(cell.VersusCity.At998.ToSlug()));
                        block.Write(cityReason.OfOrNull(cell.VersusCity.Reason));
                        block.Write(parent.OfOrNull(cell.VersusParent.Benchmark?.Value));
                        block.Write(cell.VersusParent.BenchmarkValue);
                        block.Write(parent95.Of(cell.VersusParent.At95.ToSlug()));
                        block.Write(parent998.Of(cell.VersusParent.At998.ToSlug()));
                        block.Write(parentReason.OfOrNull(cell.VersusParent.Reason));
                        block.Write(cell.Quintile);
                        block.Write(cell.Rank);
                        block.Write(cell.PeerCount);
                        block.Write(trend.Of(cell.Trend.Direction.ToSlug()));
                        block.Write(cell.Trend.Slope);
                        block.Write(trendReason.OfOrNull(cell.Trend.Reason));
                        block.EndCell();
                    }

                    (byte[] data, int rawLength) = block.Encode();
                    appender.StartRow();
                    appender.Write(runId);
                    appender.Write(audienceKey);
                    appender.Write(indicatorKey);
                    appender.Write(part++);
                    appender.Write(last - first);
                    appender.Write(CellBlock.Format);
                    appender.Write(rawLength);
                    appender.Write(data);
                    appender.EndRow();
                    count += last - first;
                }

                parts[(indicatorKey, audienceKey)] = part;
            }
        }

        await appender.CompleteAsync(cancellationToken);
        return count;
    }

    /// <summary>An indicator's observations with its cells for everyone, or for analysts and for the public.</summary>
    private sealed record IndicatorResult(List<StoredObservation> Sources, IReadOnlyList<AudienceCells> Audiences);

    /// <summary>Cells for one audience (<c>all</c>, <c>analyst</c> or <c>public</c>) and the disclosure states they carry.</summary>
    private sealed record AudienceCells(string Audience, IReadOnlyList<IndicatorCell> Cells, ProtectedTable Table);
}
