using System.Data.Common;
using Dapper;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Cells;

/// <summary>Reads an indicator's cells whole, for <see cref="CellSnapshot"/>.</summary>
public sealed partial class CellRepository
{
    /// <summary>
    /// Every cell of <paramref name="indicator"/> as <paramref name="audience"/> reads it, indexed; and whether they
    /// are all for everyone (the indicator has no cells of its own for either audience), in which case the other
    /// audience reads the very same cells.
    /// </summary>
    public async Task<(IndicatorCellSet Cells, bool ForEveryone)> ReadSetAsync(Audience audience, IndicatorId indicator, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Whether the indicator has cells of either audience is asked of the whole indicator in the same statement
        // (one snapshot of the table, so a compute run committing meanwhile cannot pair one run's answer with another
        // run's cells), not of the rows read: under an embargo the public can have no cells while analysts have some.
        CommandDefinition definition = new(
            $"""
            SELECT {Columns},
                   (SELECT count(*) FROM cell_rows WHERE {OfIndicator}
                      AND audience_key NOT IN (SELECT text_key FROM cell_texts WHERE text = '{ComputeRunner.AllAudiences}')) AS split
            FROM cell_rows WHERE {ForAudience} AND {OfIndicator}
            """,
            new { audience = Slug(audience), indicator = indicator.Value },
            cancellationToken: cancellationToken);
        await using DbDataReader reader = await connection.ExecuteReaderAsync(definition);
        // Read once the rows' statement has started: it then knows every key of its rows (CellDictionary).
        CellDictionary keys = await CellDictionary.ReadAsync(dataSource, cancellationToken);
        CellInterner comparisons = new();
        List<StoredCell> cells = [];
        bool forEveryone = false;
        int splitColumn = reader.FieldCount - 1;
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(Read(reader, keys, comparisons));
            forEveryone = reader.GetInt64(splitColumn) == 0;
        }

        // No rows: nothing says the other audience has none too, so the set is not shared.
        return (new IndicatorCellSet(indicator, cells), forEveryone);
    }
}
