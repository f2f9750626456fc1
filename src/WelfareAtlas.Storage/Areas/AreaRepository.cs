using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Auditing;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Areas;

/// <summary>Reads and writes areas, their shapes and crosswalk shares; reads their delivered population.</summary>
/// <param name="dataSource">The store's connections.</param>
public sealed class AreaRepository(DbDataSource dataSource)
{
    private const string AreaColumns = "code, type, name_fi, name_sv, name_en, parent_code";

    /// <summary>Replaces all areas, shapes and overlaps with <paramref name="geography"/> in one transaction.</summary>
    public async Task ReplaceAllAsync(GeographyDataset geography, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM area_overlaps", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM areas", transaction: transaction, cancellationToken: cancellationToken));
        await InsertAsync(connection, transaction, geography, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Adds the areas and crosswalk of <paramref name="geography"/> to the store's, with their audit entry
    /// (<see cref="AuditAction.AreasAdded"/>), in one transaction (an area file: <c>atlas areas import</c>). Nothing is
    /// added, and nothing recorded, when any of its codes is already in the store.
    /// </summary>
    /// <param name="geography">The areas and crosswalk.</param>
    /// <param name="fileName">The area file's name, the entry's subject.</param>
    /// <param name="addedBy">Who adds them (a user name, <c>cli:OSUSER</c>, <c>demo</c>).</param>
    /// <param name="time">The clock of the audit entry.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    /// <returns>The codes of <paramref name="geography"/> the store already has (nothing was added), or none (all were added).</returns>
    public async Task<IReadOnlyList<AreaCode>> AddAsync(GeographyDataset geography, string fileName, string addedBy, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(geography);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable auditLock = await StoreEngine.Of(dataSource).LockAsync(connection, "audit-log", cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        HashSet<string> existing = [.. await connection.QueryAsync<string>(new CommandDefinition("SELECT code FROM areas", transaction: transaction, cancellationToken: cancellationToken))];
        List<AreaCode> clashes = [.. geography.Areas.Select(area => area.Code).Where(code => existing.Contains(code.Value))];
        if (clashes.Count > 0)
        {
            return clashes;
        }

        await InsertAsync(connection, transaction, geography, cancellationToken);
        await new AuditLog(dataSource, time).AppendAsync(
            connection,
            transaction,
            addedBy,
            AuditAction.AreasAdded,
            fileName,
            string.Create(CultureInfo.InvariantCulture, $"{geography.Areas.Count} areas, {geography.Overlaps.Count} crosswalk rows"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Areas of a type and/or with a parent, ordered by type (largest first) and code; both filters optional.</summary>
    public async Task<IReadOnlyList<Area>> ListAsync(AreaType? type, AreaCode? parent, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<AreaRow> rows = await connection.QueryAsync<AreaRow>(new CommandDefinition(
            $"""
            SELECT {AreaColumns} FROM areas
            WHERE ($type IS NULL OR type = $type) AND ($parent IS NULL OR parent_code = $parent)
            """,
            new { type = type?.ToSlug(), parent = parent?.Value },
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToArea).OrderBy(a => a.Type).ThenBy(a => a.Code.Value, StringComparer.Ordinal)];
    }

    /// <summary>The area with <paramref name="code"/>, or <see langword="null"/> if the store has none.</summary>
    public async Task<Area?> FindAsync(AreaCode code, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        AreaRow? row = await connection.QuerySingleOrDefaultAsync<AreaRow>(new CommandDefinition(
            $"SELECT {AreaColumns} FROM areas WHERE code = $code",
            new { code = code.Value },
            cancellationToken: cancellationToken));
        return row is null ? null : ToArea(row);
    }

    /// <summary>The area's GeoJSON geometry, or <see langword="null"/> if it has none (the city) or does not exist.</summary>
    public async Task<string?> FindShapeAsync(AreaCode code, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT shape FROM areas WHERE code = $code",
            new { code = code.Value },
            cancellationToken: cancellationToken));
    }

    /// <summary>The GeoJSON geometry of every area of <paramref name="type"/> that has one, by code.</summary>
    public async Task<IReadOnlyDictionary<AreaCode, string>> ListShapesAsync(AreaType type, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(string Code, string Shape)> rows = await connection.QueryAsync<(string Code, string Shape)>(new CommandDefinition(
            "SELECT code, shape FROM areas WHERE type = $type AND shape IS NOT NULL",
            new { type = type.ToSlug() },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(row => AreaCode.Parse(row.Code), row => row.Shape);
    }

    /// <summary>Postal area → sub-district shares.</summary>
    public async Task<IReadOnlyList<AreaOverlap>> ListOverlapsAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(string From, string To, string Basis, double Share)> rows =
            await connection.QueryAsync<(string From, string To, string Basis, double Share)>(new CommandDefinition(
                "SELECT from_code, to_code, basis, share FROM area_overlaps ORDER BY from_code, to_code",
                cancellationToken: cancellationToken));
        return [.. rows.Select(row => new AreaOverlap(
            AreaCode.Parse(row.From),
            AreaCode.Parse(row.To),
            row.Share,
            row.Basis == "population" ? OverlapBasis.Population : OverlapBasis.Area))];
    }

    /// <summary>
    /// The population of each area of <paramref name="type"/> by year as delivered: the current (not superseded),
    /// available total (<c>breakdown = total</c>) of <paramref name="indicator"/> in committed batches published by
    /// <paramref name="now"/>, never a derived row. The year is that of the period's start; where a year has several
    /// rows, the period that ends last wins, then the newest batch. The crosswalk's densities (docs/import/pipeline.md).
    /// </summary>
    /// <param name="indicator">The catalogue's population indicator.</param>
    /// <param name="type">The areas' type (sub-districts).</param>
    /// <param name="now">Batches embargoed beyond this instant are left out.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>Residents by area, then by year; an area without a delivered count is absent.</returns>
    public async Task<IReadOnlyDictionary<AreaCode, IReadOnlyDictionary<int, double>>> ListPopulationAsync(
        IndicatorId indicator,
        AreaType type,
        DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(string Code, int Year, double Residents)> rows = await connection.QueryAsync<(string Code, int Year, double Residents)>(new CommandDefinition(
            """
            SELECT o.area_code, CAST(EXTRACT(YEAR FROM o.period_start) AS INTEGER) AS year, o.numerator
            FROM observations o
            JOIN import_batches b ON b.id = o.batch_id
            JOIN areas a ON a.code = o.area_code
            WHERE o.indicator_id = $indicator AND a.type = $type AND o.breakdown = 'total'
              AND o.derivation IS NULL AND o.superseded_by IS NULL AND o.status = 'available' AND o.numerator IS NOT NULL
              AND b.status = 'committed' AND (b.published_at IS NULL OR b.published_at <= $now)
            ORDER BY o.area_code, year, o.period_end, o.batch_id
            """,
            new { indicator = indicator.Value, type = type.ToSlug(), now = now.UtcDateTime },
            cancellationToken: cancellationToken));
        Dictionary<AreaCode, Dictionary<int, double>> population = [];
        foreach ((string code, int year, double residents) in rows)
        {
            AreaCode area = AreaCode.Parse(code);
            if (!population.TryGetValue(area, out Dictionary<int, double>? years))
            {
                population[area] = years = [];
            }

            // In order: the last row of a year is the one that wins.
            years[year] = residents;
        }

        return population.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<int, double>)pair.Value);
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, GeographyDataset geography, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO areas (code, type, name_fi, name_sv, name_en, parent_code, shape) VALUES ($code, $type, $nameFi, $nameSv, $nameEn, $parent, $shape)",
            geography.Areas.Select(area => new
            {
                code = area.Code.Value,
                type = area.Type.ToSlug(),
                nameFi = area.Names.Fi,
                nameSv = area.Names.Sv,
                nameEn = area.Names.En,
                parent = area.Parent?.Value,
                shape = geography.Shapes.GetValueOrDefault(area.Code),
            }),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO area_overlaps (from_code, to_code, basis, share) VALUES ($from, $to, $basis, $share)",
            geography.Overlaps.Select(overlap => new
            {
                from = overlap.From.Value,
                to = overlap.To.Value,
                basis = overlap.Basis == OverlapBasis.Population ? "population" : "area",
                share = overlap.Share,
            }),
            transaction,
            cancellationToken: cancellationToken));
    }

    private static Area ToArea(AreaRow row)
    {
        if (!AreaTypes.TryParse(row.type, out AreaType type))
        {
            throw new StoreException($"Area {row.code} in the store has an unknown type '{row.type}'.");
        }

        return new Area(
            AreaCode.Parse(row.code),
            type,
            new LocalisedText(row.name_fi, row.name_sv, row.name_en),
            row.parent_code is null ? null : AreaCode.Parse(row.parent_code));
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record AreaRow(string code, string type, string name_fi, string name_sv, string name_en, string? parent_code);
#pragma warning restore IDE1006, CA1707
}
