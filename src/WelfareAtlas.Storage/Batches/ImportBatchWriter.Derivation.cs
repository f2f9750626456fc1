using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>Derived observations: postal areas to sub-districts through the crosswalk, then sums up the area hierarchy.</summary>
/// <remarks>
/// The derived rows are computed from the staged batch into the temporary table <c>staged_derived</c> (a file staged in
/// bulk without a crosswalk: <c>staged_derived_keyed</c>, by numbers) before the commit's transaction begins, and
/// copied into <c>observation_rows</c> inside it. Computing them from the batch's rows in
/// <c>observations</c> inside the transaction, as before, made DuckDB aggregate over the transaction's own uncommitted
/// rows, and that did not spill: the sums' aggregate alone ran out of a 128 MB limit over a 2 M-row batch there (and
/// the 10 M-row benchmark out of 512 MB), while over temporary tables the same statements finish within 128 MB. Every
/// statement reads only the batch's own rows, as before, so the derived rows are the same.
/// </remarks>
public sealed partial class ImportBatchWriter
{
    // Only additive measures are derived: their numerators and denominators are apportioned or summed, and their
    // values are recomputed from those counts later; a given value (a mean, a rate without counts) is never averaged.
    private const string Additive = "('count', 'proportion', 'crude-rate')";

    // Sums of derived rows are exact: each term is rounded to a decimal with 9 places (PostgreSQL first rounds a double
    // to 15 significant digits) and the decimals are added, so that the sum does not depend on the order in which the
    // database's threads add the terms up. Double sums did: two demo stores built from the same files by the same code
    // had sums of apportioned counts that differed in the tenth digit, enough to move a count across a threshold of
    // disclosure control (docs/import/pipeline.md, "Derived rows are exact").
    private static string ExactSum(string term, string? filter = null) =>
        $"CAST(sum(CAST({term} AS DECIMAL(38, 9))){(filter is null ? string.Empty : $" FILTER (WHERE {filter})")} AS DOUBLE PRECISION)";

    // A derived row has no value, limits, marker or line: only the counts it was computed from and how.
    private const string CreateDerived = """
        CREATE TEMP TABLE staged_derived (
            indicator_id VARCHAR NOT NULL, area_code VARCHAR NOT NULL, period VARCHAR NOT NULL,
            period_start DATE NOT NULL, period_end DATE NOT NULL, breakdown VARCHAR NOT NULL,
            numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, status VARCHAR NOT NULL, derivation VARCHAR NOT NULL);
        CREATE TEMP VIEW staged_derived_rows AS
            SELECT indicator_id, area_code, period, period_start, period_end, breakdown, numerator, denominator, CAST(NULL AS DOUBLE PRECISION) AS value, status
            FROM staged_derived;
        CREATE TEMP VIEW staged_batch AS
            SELECT indicator_id, area_code, period, period_start, period_end, breakdown, numerator, denominator, value, status
            FROM staged_observations
            UNION ALL
            SELECT * FROM staged_derived_rows;
        """;

    // The delivered areas: a level whose children (or parents) the file does not deliver reads only the derived rows.
    // Rows keyed by numbers give them from their area numbers.
    private const string CreateAreas = "CREATE TEMP TABLE staged_areas AS SELECT DISTINCT area_code FROM staged_observations";
    private const string CreateKeyedAreas = "CREATE TEMP TABLE staged_areas AS SELECT code AS area_code FROM bulk_key_area WHERE ix IN (SELECT DISTINCT area_ix FROM staged_keyed)";

    // The derived rows of a file staged in bulk without a crosswalk: the batch's numbers of indicator, period and
    // breakdown, the store's key of the area (parents of every level have one), and whether the sum is complete
    // (status available) or not (missing). Every such row is a sum.
    private const string CreateKeyedDerived = """
        CREATE TEMP TABLE bulk_area_tree AS
            SELECT k.area_key, a.code, a.type, p.area_key AS parent_key
            FROM areas a JOIN observation_areas k ON k.area_code = a.code LEFT JOIN observation_areas p ON p.area_code = a.parent_code;
        CREATE TEMP TABLE staged_derived_keyed (
            indicator_ix INTEGER NOT NULL, area_key INTEGER NOT NULL, period_ix INTEGER NOT NULL, breakdown_ix INTEGER NOT NULL,
            numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, available BOOLEAN NOT NULL);
        """;

    private const string CreateWeights = """
        CREATE TEMP TABLE crosswalk_weights (year INTEGER NOT NULL, from_code VARCHAR NOT NULL, to_code VARCHAR NOT NULL, weight DOUBLE PRECISION NOT NULL, basis VARCHAR NOT NULL)
        """;

    private static readonly ColumnType[] WeightColumns = [ColumnType.Int32, ColumnType.Text, ColumnType.Text, ColumnType.Double, ColumnType.Text];

    // Each year of the batch with the nearest year that has weights (the earlier one on a tie): the importer weighs for
    // every year of the batch (Years), so the year itself; a plan without it uses its nearest. Materialised: a few
    // rows, which PostgreSQL would otherwise recompute (subquery and all) for every observation it joins.
    private const string WeightYears = """
        batch_years AS (SELECT DISTINCT CAST(EXTRACT(YEAR FROM period_start) AS INTEGER) AS year FROM staged_observations),
        weight_years AS MATERIALIZED (
            SELECT b.year,
                   (SELECT w.year FROM (SELECT DISTINCT year FROM crosswalk_weights) w ORDER BY abs(w.year - b.year), w.year LIMIT 1) AS weight_year
            FROM batch_years b)
        """;

    // Both statements are written without correlated subqueries that aggregate or nest: DuckDB decorrelates those
    // itself, PostgreSQL would run them once per derived row. Counts are joined instead.
    private static readonly string DeriveSubDistricts = $"""
        INSERT INTO staged_derived
        WITH {WeightYears},
        needed AS (SELECT year, to_code, count(*) AS contributions FROM crosswalk_weights GROUP BY year, to_code),
        derived AS (
            SELECT o.indicator_id, w.to_code AS area_code, o.period, min(o.period_start) AS period_start, min(o.period_end) AS period_end, o.breakdown,
                   bool_and(o.status = 'available') AS complete,
                   {ExactSum("o.numerator * w.weight")} AS numerator, {ExactSum("o.denominator * w.weight")} AS denominator,
                   CASE WHEN bool_and(w.basis = 'population') THEN 'crosswalk-population'
                        WHEN bool_and(w.basis = 'area') THEN 'crosswalk-area' ELSE 'crosswalk-mixed' END AS derivation,
                   count(*) AS contributions, min(y.weight_year) AS weight_year
            FROM staged_observations o
            JOIN areas a ON a.code = o.area_code AND a.type = 'postal-area'
            JOIN indicators i ON i.id = o.indicator_id AND i.measure IN {Additive}
            JOIN weight_years y ON y.year = CAST(EXTRACT(YEAR FROM o.period_start) AS INTEGER)
            JOIN crosswalk_weights w ON w.year = y.weight_year AND w.from_code = o.area_code
            WHERE o.value IS NULL
            GROUP BY o.indicator_id, w.to_code, o.period, o.breakdown)
        SELECT d.indicator_id, d.area_code, d.period, d.period_start, d.period_end, d.breakdown,
               CASE WHEN d.complete THEN d.numerator END, CASE WHEN d.complete THEN d.denominator END,
               CASE WHEN d.complete THEN 'available' ELSE 'missing' END, d.derivation
        FROM derived d
        -- Every postal area that reaches into the sub-district must have delivered, or its sum would be too small.
        JOIN needed n ON n.year = d.weight_year AND n.to_code = d.area_code AND n.contributions = d.contributions
        -- A sub-district the file delivers itself keeps its own number.
        WHERE NOT EXISTS (
              SELECT 1 FROM staged_observations x
              WHERE x.indicator_id = d.indicator_id AND x.area_code = d.area_code
                AND x.period = d.period AND x.breakdown = d.breakdown)
        """;

    // The period's dates follow from its text, so rows are grouped by the text alone and its dates carried along
    // (min of equal values): narrower group keys. One aggregate per parent gives both how many of its children are in the batch and the sums of the additive rows
    // among them (two aggregates joined afterwards, as before, held both hash tables at once). The batch's keys are
    // unique (duplicates are removed before this, and a derived row never repeats a key of the batch), so counting a
    // parent's rows counts its distinct children. The parent's own key is looked for only among rows of parent areas.
    private static string SumToParents(string children, string parents) => $"""
        INSERT INTO staged_derived
        WITH children AS (
            -- The children a parent's sum waits for. A sub-district that no postal area reaches (an uninhabited
            -- island) cannot receive counts and is not waited for.
            SELECT c.code, c.parent_code FROM areas c
            WHERE c.type = $childType AND c.parent_code IS NOT NULL
              AND ($childType <> 'sub-district' OR c.code IN (SELECT to_code FROM area_overlaps))),
        expected AS (SELECT parent_code, count(*) AS children FROM children GROUP BY parent_code),
        grouped AS (
            SELECT o.indicator_id, a.parent_code AS area_code, o.period, min(o.period_start) AS period_start, min(o.period_end) AS period_end, o.breakdown,
                   count(*) FILTER (WHERE c.code IS NOT NULL) AS present,
                   count(*) FILTER (WHERE o.value IS NULL AND i.id IS NOT NULL) AS summed,
                   bool_and(o.status = 'available') FILTER (WHERE o.value IS NULL AND i.id IS NOT NULL) AS complete,
                   {ExactSum("o.numerator", "o.value IS NULL AND i.id IS NOT NULL")} AS numerator,
                   {ExactSum("o.denominator", "o.value IS NULL AND i.id IS NOT NULL")} AS denominator
            FROM {children} o
            JOIN areas a ON a.code = o.area_code AND a.type = $childType AND a.parent_code IS NOT NULL
            LEFT JOIN children c ON c.code = o.area_code
            LEFT JOIN indicators i ON i.id = o.indicator_id AND i.measure IN {Additive}
            GROUP BY o.indicator_id, a.parent_code, o.period, o.breakdown)
        SELECT d.indicator_id, d.area_code, d.period, d.period_start, d.period_end, d.breakdown,
               CASE WHEN d.complete THEN d.numerator END, CASE WHEN d.complete THEN d.denominator END,
               CASE WHEN d.complete THEN 'available' ELSE 'missing' END, 'sum'
        FROM grouped d
        LEFT JOIN expected e ON e.parent_code = d.area_code
        -- Only a parent all of whose children are in the batch: a partial sum is not the parent's number. A parent
        -- with no additive row to sum gets nothing.
        WHERE d.summed > 0 AND d.present = COALESCE(e.children, 0)
          AND NOT EXISTS (
              SELECT 1 FROM {parents} x
              WHERE x.area_code IN (SELECT p.parent_code FROM areas p WHERE p.type = $childType)
                AND x.indicator_id = d.indicator_id AND x.area_code = d.area_code
                AND x.period = d.period AND x.breakdown = d.breakdown)
        """;

    private async Task StageCrosswalkAsync(CrosswalkPlan? plan, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            return;
        }

        await ExecuteAsync(CreateWeights, null, cancellationToken);
        await using (BulkWriter writer = await engine.BeginBulkInsertAsync(connection, "crosswalk_weights", WeightColumns, cancellationToken))
        {
            foreach (CrosswalkWeight weight in plan.Weights)
            {
                writer.StartRow();
                writer.Write(weight.Year);
                writer.Write(weight.From.Value);
                writer.Write(weight.To.Value);
                writer.Write(weight.Weight);
                writer.Write(weight.Basis == OverlapBasis.Population ? "population" : "area");
                writer.EndRow();
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await engine.AnalyzeAsync(connection, "crosswalk_weights", cancellationToken);
    }

    /// <summary>Computes the batch's derived rows into <c>staged_derived</c>; returns how many.</summary>
    private async Task<long> StageDerivedAsync(CrosswalkPlan? plan, CancellationToken cancellationToken)
    {
        await ExecuteAsync(CreateDerived, null, cancellationToken);
        await ExecuteAsync(keySizes is null ? CreateAreas : CreateKeyedAreas, null, cancellationToken);
        long derived = 0;
        if (plan is not null)
        {
            derived += await ExecuteAsync(DeriveSubDistricts, null, cancellationToken);
            await engine.AnalyzeAsync(connection, "staged_derived", cancellationToken);
        }

        // A file staged in bulk without a crosswalk is summed by numbers at every level (staged_derived_keyed).
        derivedByKeys = keySizes is not null && plan is null;
        if (derivedByKeys)
        {
            await ExecuteAsync(CreateKeyedDerived, null, cancellationToken);
        }

        // Sums up the hierarchy whatever level was delivered: a delivery by sub-district gives its districts, major
        // districts and the city too, so that every area can be compared with its parent and with the city.
        foreach (string childType in (string[])["sub-district", "district", "major-district"])
        {
            // The batch's rows of a level are all derived ones unless the file delivers areas of that level: then
            // only the derived rows are read, not the whole batch again.
            bool deliversChildren = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(*) > 0 FROM staged_areas s JOIN areas a ON a.code = s.area_code AND a.type = $childType AND a.parent_code IS NOT NULL",
                new { childType },
                cancellationToken: cancellationToken));
            bool deliversParents = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(*) > 0 FROM staged_areas s WHERE s.area_code IN (SELECT p.parent_code FROM areas p WHERE p.type = $childType)",
                new { childType },
                cancellationToken: cancellationToken));
            string sum = derivedByKeys
                ? SumKeyedToParents(deliversChildren, deliversParents)
                : SumToParents(deliversChildren ? "staged_batch" : "staged_derived_rows", deliversParents ? "staged_batch" : "staged_derived_rows");
            derived += await ExecuteAsync(sum, new { childType }, cancellationToken);
            await engine.AnalyzeAsync(connection, derivedByKeys ? "staged_derived_keyed" : "staged_derived", cancellationToken);
        }

        return derived;
    }

    /// <summary>Copies the derived rows into the store and records the crosswalk weights they used.</summary>
    private async Task WriteDerivedAsync(long id, long derived, CrosswalkPlan? plan, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await InsertRowsAsync(derivedByKeys ? InsertDerivedKeyed : InsertDerived, id, derived, transaction, cancellationToken);
        if (plan is null)
        {
            return;
        }

        await ExecuteAsync(
            $"""
            INSERT INTO derivation_weights
            WITH {WeightYears}
            SELECT DISTINCT $id, o.period, w.from_code, w.to_code, w.basis, w.weight
            FROM staged_observations o
            JOIN weight_years y ON y.year = CAST(EXTRACT(YEAR FROM o.period_start) AS INTEGER)
            JOIN crosswalk_weights w ON w.from_code = o.area_code AND w.year = y.weight_year
            """,
            new { id },
            cancellationToken,
            transaction);
    }
}
