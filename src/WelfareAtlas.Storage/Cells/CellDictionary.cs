using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// What the keys of cells stand for (migrations <c>0013_cell_keys</c>, <c>0014_cell_blocks</c>): indicators, periods and every other
/// text of a cell, read whole so that <see cref="CellRepository"/> turns a block's keys into texts in .NET. Each key is parsed once per
/// dictionary, so cells read with one share their codes, periods and texts. Not thread-safe: one per read.
/// </summary>
/// <remarks>
/// Keys are never renumbered and texts only added, and a compute run saves its new texts before it commits the cells
/// that use them; read after the blocks, the dictionary therefore holds every key of their cells.
/// </remarks>
internal sealed class CellDictionary
{
    private readonly Dictionary<int, string> texts;
    private readonly Dictionary<int, Period> periods;
    private readonly Dictionary<int, IndicatorId> indicators;
    private readonly Dictionary<int, AreaCode> areas = [];
    private readonly Dictionary<int, AreaType> areaTypes = [];

    private CellDictionary(Dictionary<int, string> texts, Dictionary<int, Period> periods, Dictionary<int, IndicatorId> indicators)
    {
        this.texts = texts;
        this.periods = periods;
        this.indicators = indicators;
    }

    /// <summary>Reads the keys of the store, on a connection of its own.</summary>
    public static async Task<CellDictionary> ReadAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Dictionary<int, string> texts = [];
        foreach ((int key, string text) in await connection.QueryAsync<(int, string)>(new CommandDefinition(
            "SELECT text_key, text FROM cell_texts", cancellationToken: cancellationToken)))
        {
            texts[key] = text;
        }

        Dictionary<int, Period> periods = [];
        foreach ((int key, string period) in await connection.QueryAsync<(int, string)>(new CommandDefinition(
            "SELECT period_key, period FROM observation_periods", cancellationToken: cancellationToken)))
        {
            periods[key] = Periods.Period.Parse(period);
        }

        Dictionary<int, IndicatorId> indicators = [];
        foreach ((int key, string id) in await connection.QueryAsync<(int, string)>(new CommandDefinition(
            "SELECT indicator_key, indicator_id FROM observation_indicators", cancellationToken: cancellationToken)))
        {
            indicators[key] = IndicatorId.Parse(id);
        }

        return new CellDictionary(texts, periods, indicators);
    }

    /// <summary>The text of <paramref name="key"/>.</summary>
    /// <exception cref="StoreException">The store has no such text: a block of cells and the texts disagree.</exception>
    public string Text(int key) => texts.TryGetValue(key, out string? text)
        ? text
        : throw new StoreException($"A cell in the store refers to the text key {key}, which cell_texts lacks.");

    /// <summary>The text of <paramref name="key"/>, or null for null.</summary>
    public string? TextOrNull(long? key) => key is { } present ? Text((int)present) : null;

    /// <summary>The area code of <paramref name="key"/>, parsed once.</summary>
    public AreaCode Area(int key)
    {
        if (!areas.TryGetValue(key, out AreaCode code))
        {
            code = AreaCode.Parse(Text(key));
            areas[key] = code;
        }

        return code;
    }

    /// <summary>The area type of <paramref name="key"/>, parsed once.</summary>
    /// <exception cref="StoreException">The text is no area type.</exception>
    public AreaType AreaType(int key)
    {
        if (!areaTypes.TryGetValue(key, out AreaType type))
        {
            string slug = Text(key);
            type = AreaTypes.TryParse(slug, out AreaType parsed)
                ? parsed
                : throw new StoreException($"A cell in the store has an unknown area type '{slug}'.");
            areaTypes[key] = type;
        }

        return type;
    }

    /// <summary>The period of <paramref name="key"/>.</summary>
    public Period Period(int key) => periods.TryGetValue(key, out Period period)
        ? period
        : throw new StoreException($"A cell in the store refers to the period key {key}, which observation_periods lacks.");

    /// <summary>The indicator of <paramref name="key"/>.</summary>
    public IndicatorId Indicator(int key) => indicators.TryGetValue(key, out IndicatorId indicator)
        ? indicator
        : throw new StoreException($"A cell in the store refers to the indicator key {key}, which observation_indicators lacks.");
}
