using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// A national-sized store for the compute benchmark: the demo store with Helsinki copied as further cities, each
/// with its own areas (the city, its districts, sub-districts and postal areas under unused codes), crosswalk and
/// observations. The national demo deliveries (<c>atlas demo --scale national</c>) use synthetic area codes the
/// importer does not map, so they cannot be loaded; this store has their size (11 × Helsinki's 275 areas is 3 025,
/// the national demo has 2 991) and real hierarchies, relations and crosswalks for disclosure control.
/// </summary>
internal static class ScaledStore
{
    private const string Helsinki = "091";

    /// <summary>Adds <paramref name="copies"/> copies of Helsinki to the DuckDB store in <paramref name="directory"/> (not in use).</summary>
    public static async Task AddCopiesAsync(string directory, int copies)
    {
        await using AtlasStore store = await AtlasStore.OpenAsync(directory, TimeProvider.System);
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync();
        HashSet<string> codes = [.. await connection.QueryAsync<string>("SELECT code FROM areas")];

        // Unused municipality codes from 999 down, and unused first two digits of postal codes from 99 down.
        Queue<string> cities = new(Enumerable.Range(100, 900).Reverse().Select(Digits(3)).Where(code => !codes.Contains(code)));
        Queue<string> postalPrefixes = new(Enumerable.Range(10, 90).Reverse().Select(Digits(2))
            .Where(prefix => !codes.Any(code => code.Length == 5 && code.StartsWith(prefix, StringComparison.Ordinal))));
        await connection.ExecuteAsync(
            $"""
            CREATE TEMP TABLE helsinki AS
            SELECT code FROM areas
            WHERE code = '{Helsinki}' OR (length(code) = 10 AND code LIKE '{Helsinki}%') OR (length(code) = 5 AND parent_code = '{Helsinki}');
            CREATE TEMP MACRO copied(code, city, postal) AS
                CASE WHEN code = '{Helsinki}' THEN city WHEN length(code) = 10 THEN city || substr(code, 4) ELSE postal || substr(code, 3) END;
            """);
        for (int copy = 0; copy < copies; copy++)
        {
            var parameters = new { city = cities.Dequeue(), postal = postalPrefixes.Dequeue() };
            await connection.ExecuteAsync(
                """
                INSERT INTO areas
                SELECT copied(code, $city, $postal), type, name_fi || ' ' || $city, name_sv || ' ' || $city, name_en || ' ' || $city,
                       CASE WHEN parent_code IN (SELECT code FROM helsinki) THEN copied(parent_code, $city, $postal) ELSE parent_code END,
                       valid_from, valid_to, NULL
                FROM areas WHERE code IN (SELECT code FROM helsinki);
                INSERT INTO area_overlaps
                SELECT copied(from_code, $city, $postal), copied(to_code, $city, $postal), basis, share FROM area_overlaps
                WHERE from_code IN (SELECT code FROM helsinki) AND to_code IN (SELECT code FROM helsinki);
                INSERT INTO derivation_weights
                SELECT batch_id, period, copied(from_code, $city, $postal), copied(to_code, $city, $postal), basis, weight FROM derivation_weights
                WHERE from_code IN (SELECT code FROM helsinki) AND to_code IN (SELECT code FROM helsinki);
                -- Observations are stored keyed by numbers (migration 0011): the copies' areas get keys first.
                INSERT INTO observation_areas
                SELECT nextval('observation_area_keys'), code FROM areas WHERE code NOT IN (SELECT area_code FROM observation_areas);
                INSERT INTO observation_rows
                SELECT r.* REPLACE (c.area_key AS area_key) FROM observation_rows r
                JOIN observation_areas h ON h.area_key = r.area_key
                JOIN observation_areas c ON c.area_code = copied(h.area_code, $city, $postal)
                WHERE h.area_code IN (SELECT code FROM helsinki);
                """,
                parameters);
        }
    }

    private static Func<int, string> Digits(int count) =>
        number => number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(count, '0');
}
