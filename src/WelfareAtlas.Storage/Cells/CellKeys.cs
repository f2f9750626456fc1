using System.Data.Common;
using Dapper;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The keys of the cells a compute run writes into <c>cell_blocks</c> (migrations <c>0013_cell_keys</c>, <c>0014_cell_blocks</c>): an indicator's and a period's
/// from the observations' dimension tables, which every observation a cell comes from has already numbered, and every
/// other text's from <c>cell_texts</c>, where the run numbers the texts it meets first.
/// </summary>
/// <remarks>
/// Read at the start of a run, under the store lock <c>compute-run</c>, which every writer of <c>cell_texts</c>
/// holds: the numbers the run gives are free until it saves them (<see cref="SaveNewTextsAsync"/>). Not thread-safe:
/// the run's writer alone asks it.
/// </remarks>
internal sealed class CellKeys
{
    // A run looks up about fifteen texts a cell; nearly all are the same string objects (slugs, shared reasons, an
    // area's code read once), so a lookup by reference comes first, bounded so that texts built per cell (a trend's
    // reason naming its period) do not fill it.
    private const int MostByReference = 4096;

    private readonly Dictionary<string, int> indicators;
    private readonly Dictionary<Period, int> periods;
    private readonly Dictionary<string, int> texts;
    private readonly Dictionary<string, int> byReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int Key, string Text)> added = [];
    private int next;

    private CellKeys(Dictionary<string, int> indicators, Dictionary<Period, int> periods, Dictionary<string, int> texts)
    {
        this.indicators = indicators;
        this.periods = periods;
        this.texts = texts;
        next = texts.Count == 0 ? 1 : texts.Values.Max() + 1;
    }

    /// <summary>Reads the keys the store has.</summary>
    /// <param name="connection">The run's connection, holding the store lock <c>compute-run</c>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<CellKeys> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        Dictionary<string, int> indicators = new(StringComparer.Ordinal);
        foreach ((string id, int key) in await connection.QueryAsync<(string, int)>(new CommandDefinition(
            "SELECT indicator_id, indicator_key FROM observation_indicators", cancellationToken: cancellationToken)))
        {
            indicators[id] = key;
        }

        Dictionary<Period, int> periods = [];
        foreach ((string text, int key) in await connection.QueryAsync<(string, int)>(new CommandDefinition(
            "SELECT period, period_key FROM observation_periods", cancellationToken: cancellationToken)))
        {
            periods[Period.Parse(text)] = key;
        }

        Dictionary<string, int> texts = new(StringComparer.Ordinal);
        foreach ((string text, int key) in await connection.QueryAsync<(string, int)>(new CommandDefinition(
            "SELECT text, text_key FROM cell_texts", cancellationToken: cancellationToken)))
        {
            texts[text] = key;
        }

        return new CellKeys(indicators, periods, texts);
    }

    /// <summary>The key of an indicator the store has observations of.</summary>
    /// <exception cref="StoreException">The indicator has never had an observation, so it cannot have cells: a bug.</exception>
    public int OfIndicator(IndicatorId indicator) => indicators.TryGetValue(indicator.Value, out int key)
        ? key
        : throw new StoreException($"The indicator '{indicator.Value}' has cells but no key in observation_indicators.");

    /// <summary>The key of a period the store has observations of.</summary>
    /// <exception cref="StoreException">No observation has the period, so no cell can: a bug.</exception>
    public int OfPeriod(Period period) => periods.TryGetValue(period, out int key)
        ? key
        : throw new StoreException($"A cell has the period {period}, which has no key in observation_periods.");

    /// <summary>The key of <paramref name="text"/>, numbered now if the store has none yet.</summary>
    public int OfText(string text)
    {
        if (byReference.TryGetValue(text, out int key))
        {
            return key;
        }

        if (!texts.TryGetValue(text, out key))
        {
            key = next++;
            texts[text] = key;
            added.Add((key, text));
        }

        if (byReference.Count < MostByReference)
        {
            byReference[text] = key;
        }

        return key;
    }

    /// <summary>The key of <paramref name="text"/>, or null for null.</summary>
    public int? OfTextOrNull(string? text) => text is null ? null : OfText(text);

    /// <summary>
    /// The keys of one column's texts: a column's text is mostly the same string object as the previous cell's (a slug,
    /// a shared reason, the area's code for its periods), so the column remembers its last text and key and looks
    /// up only when the text changes. Not thread-safe, as the keys are not.
    /// </summary>
    public sealed class Column(CellKeys keys)
    {
        private string? last;
        private int lastKey;

        /// <summary>The key of <paramref name="text"/>, numbered now if the store has none yet.</summary>
        public int Of(string text)
        {
            if (!ReferenceEquals(text, last))
            {
                lastKey = keys.OfText(text);
                last = text;
            }

            return lastKey;
        }

        /// <summary>The key of <paramref name="text"/>, or null for null.</summary>
        public int? OfOrNull(string? text) => text is null ? null : Of(text);
    }

    /// <summary>
    /// Adds the texts numbered since <see cref="ReadAsync"/> to <c>cell_texts</c>, in the transaction that replaces the
    /// cells: they are committed with the blocks that use them, or not at all.
    /// </summary>
    public async Task SaveNewTextsAsync(StoreEngine engine, DbConnection connection, CancellationToken cancellationToken)
    {
        if (added.Count == 0)
        {
            return;
        }

        ColumnType[] columns = [.. (await StoreTables.ListColumnsAsync(connection, "cell_texts", cancellationToken)).Select(column => column.Type)];
        await using (BulkWriter writer = await engine.BeginBulkInsertAsync(connection, "cell_texts", columns, cancellationToken))
        {
            foreach ((int key, string text) in added)
            {
                writer.StartRow();
                writer.Write(key);
                writer.Write(text);
                writer.EndRow();
            }

            await writer.CompleteAsync(cancellationToken);
        }

        added.Clear();
    }
}
