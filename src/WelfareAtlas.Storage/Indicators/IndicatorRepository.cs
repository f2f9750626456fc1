using System.Data.Common;
using System.Text.Json;
using Dapper;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Indicators;

/// <summary>Writes the indicator catalogue to the <c>indicators</c> table (full metadata as JSON) and reads it back.</summary>
/// <param name="dataSource">The store's connections.</param>
public sealed class IndicatorRepository(DbDataSource dataSource)
{
    /// <summary>Inserts the indicators, or replaces those whose id is already stored, in one transaction.</summary>
    public async Task UpsertAsync(IEnumerable<Indicator> indicators, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO indicators (id, measure, multiplier, synthetic, metadata) VALUES ($id, $measure, $multiplier, $synthetic, $metadata)
            ON CONFLICT (id) DO UPDATE SET measure = excluded.measure, multiplier = excluded.multiplier, synthetic = excluded.synthetic, metadata = excluded.metadata
            """,
            indicators.Select(indicator => new
            {
                id = indicator.Id.Value,
                measure = indicator.Measure.ToSlug(),
                multiplier = indicator.Multiplier,
                synthetic = indicator.Synthetic,
                metadata = JsonSerializer.Serialize(indicator, IndicatorJson.Options),
            }),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every stored indicator, by id.</summary>
    public async Task<IReadOnlyList<Indicator>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<string> rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT metadata FROM indicators ORDER BY id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(Read)];
    }

    /// <summary>The indicator with <paramref name="id"/>, or <see langword="null"/> if the store has none.</summary>
    public async Task<Indicator?> FindAsync(IndicatorId id, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        string? metadata = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT metadata FROM indicators WHERE id = $id",
            new { id = id.Value },
            cancellationToken: cancellationToken));
        return metadata is null ? null : Read(metadata);
    }

    private static Indicator Read(string metadata)
    {
        try
        {
            return JsonSerializer.Deserialize<Indicator>(metadata, IndicatorJson.Options)
                ?? throw new StoreException("An indicator's metadata in the store is null.");
        }
        catch (JsonException e)
        {
            throw new StoreException($"An indicator's metadata in the store cannot be read: {e.Message}", e);
        }
    }
}
