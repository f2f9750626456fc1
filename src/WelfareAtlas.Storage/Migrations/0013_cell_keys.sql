-- Cells keyed by numbers, as observations are since 0011: a compute run wrote every cell's fifteen texts (indicator,
-- area, type, period, breakdown, disclosure, comparisons, trend, reasons) and then copied them into the table, which
-- cost most of a Helsinki run's write (docs/PERFORMANCE.md, "Profile cells"). The rows now keep integer keys: the
-- indicator and the period (with its start) into the observations' dimension tables, every other text into
-- `cell_texts`. The view `indicator_cells` has exactly the columns, order, types and meanings of the table of 0007, so
-- every reader stays as it was; compute runs write `cell_rows`.
-- Cells are derived data, as in 0007: the old table goes, no compute run is left, so the store is stale and its next
-- start (or `atlas compute`) computes every cell again.
DROP TABLE indicator_cells;
DELETE FROM compute_runs;

-- A text of cells, numbered once: an area code, an area type, a breakdown key, a derivation, an audience, a disclosure
-- state or reason, an interval method, a kind of missing value, a comparison, a trend, or a reason in words. A compute
-- run (one at a time, under the store lock `compute-run`) numbers the texts it meets first and adds them in the
-- transaction that replaces the cells; a text no cell uses any more stays, and the view shows only what rows reference.
CREATE TABLE cell_texts (
    text_key INTEGER PRIMARY KEY,
    text     VARCHAR NOT NULL UNIQUE
);

-- One cell, with the columns of 0007's indicator_cells; `_key` columns are keys, every other column as it was.
CREATE TABLE cell_rows (
    run_id                BIGINT  NOT NULL,  -- compute_runs.id
    audience_key          INTEGER NOT NULL,  -- cell_texts: all, public, analyst
    indicator_key         INTEGER NOT NULL,  -- observation_indicators
    area_key              INTEGER NOT NULL,  -- cell_texts: the area's code
    area_type_key         INTEGER NOT NULL,  -- cell_texts
    period_key            INTEGER NOT NULL,  -- observation_periods
    breakdown_key         INTEGER NOT NULL,  -- cell_texts: Breakdown.Key
    batch_id              BIGINT  NOT NULL,
    derivation_key        INTEGER,           -- cell_texts; NULL as delivered
    disclosure_key        INTEGER NOT NULL,  -- cell_texts
    disclosure_reason_key INTEGER NOT NULL,  -- cell_texts
    numerator             DOUBLE PRECISION,
    denominator           DOUBLE PRECISION,
    value                 DOUBLE PRECISION,
    lower95               DOUBLE PRECISION,
    upper95               DOUBLE PRECISION,
    lower998              DOUBLE PRECISION,
    upper998              DOUBLE PRECISION,
    interval_method_key   INTEGER,           -- cell_texts
    no_value_kind_key     INTEGER,           -- cell_texts
    no_value_reason_key   INTEGER,           -- cell_texts
    city_key              INTEGER,           -- cell_texts: the city's code
    city_value            DOUBLE PRECISION,
    city95_key            INTEGER NOT NULL,  -- cell_texts
    city998_key           INTEGER NOT NULL,  -- cell_texts
    city_reason_key       INTEGER,           -- cell_texts
    parent_key            INTEGER,           -- cell_texts: the parent's code
    parent_value          DOUBLE PRECISION,
    parent95_key          INTEGER NOT NULL,  -- cell_texts
    parent998_key         INTEGER NOT NULL,  -- cell_texts
    parent_reason_key     INTEGER,           -- cell_texts
    quintile              INTEGER,
    rank                  INTEGER,
    peer_count            INTEGER NOT NULL,
    trend_key             INTEGER NOT NULL,  -- cell_texts
    trend_slope           DOUBLE PRECISION,
    trend_reason_key      INTEGER            -- cell_texts
);

-- Exactly the columns, order, types and meanings of the table 0007 created. Every key has its text (the run saves
-- texts before the cells that use them), so the left joins find one row each as inner joins would; being left joins
-- to unique keys, a query that does not use a column lets PostgreSQL leave its join out, and the planner keeps their
-- order instead of searching twenty joins. The application reads cell_rows by keys (Cells/CellRepository).
CREATE VIEW indicator_cells AS
SELECT r.run_id, audience.text AS audience, i.indicator_id, area.text AS area_code,
       area_type.text AS area_type, p.period, p.period_start, breakdown.text AS breakdown, r.batch_id,
       derivation.text AS derivation, disclosure.text AS disclosure, disclosure_reason.text AS disclosure_reason,
       r.numerator, r.denominator, r.value, r.lower95, r.upper95, r.lower998, r.upper998,
       interval_method.text AS interval_method, no_value_kind.text AS no_value_kind, no_value_reason.text AS no_value_reason,
       city.text AS city_code, r.city_value, city95.text AS city95, city998.text AS city998, city_reason.text AS city_reason,
       parent.text AS parent_code, r.parent_value, parent95.text AS parent95, parent998.text AS parent998,
       parent_reason.text AS parent_reason, r.quintile, r.rank, r.peer_count, trend.text AS trend, r.trend_slope,
       trend_reason.text AS trend_reason
FROM cell_rows r
LEFT JOIN observation_indicators i ON i.indicator_key = r.indicator_key
LEFT JOIN observation_periods p ON p.period_key = r.period_key
LEFT JOIN cell_texts audience ON audience.text_key = r.audience_key
LEFT JOIN cell_texts area ON area.text_key = r.area_key
LEFT JOIN cell_texts area_type ON area_type.text_key = r.area_type_key
LEFT JOIN cell_texts breakdown ON breakdown.text_key = r.breakdown_key
LEFT JOIN cell_texts derivation ON derivation.text_key = r.derivation_key
LEFT JOIN cell_texts disclosure ON disclosure.text_key = r.disclosure_key
LEFT JOIN cell_texts disclosure_reason ON disclosure_reason.text_key = r.disclosure_reason_key
LEFT JOIN cell_texts interval_method ON interval_method.text_key = r.interval_method_key
LEFT JOIN cell_texts no_value_kind ON no_value_kind.text_key = r.no_value_kind_key
LEFT JOIN cell_texts no_value_reason ON no_value_reason.text_key = r.no_value_reason_key
LEFT JOIN cell_texts city ON city.text_key = r.city_key
LEFT JOIN cell_texts city95 ON city95.text_key = r.city95_key
LEFT JOIN cell_texts city998 ON city998.text_key = r.city998_key
LEFT JOIN cell_texts city_reason ON city_reason.text_key = r.city_reason_key
LEFT JOIN cell_texts parent ON parent.text_key = r.parent_key
LEFT JOIN cell_texts parent95 ON parent95.text_key = r.parent95_key
LEFT JOIN cell_texts parent998 ON parent998.text_key = r.parent998_key
LEFT JOIN cell_texts parent_reason ON parent_reason.text_key = r.parent_reason_key
LEFT JOIN cell_texts trend ON trend.text_key = r.trend_key
LEFT JOIN cell_texts trend_reason ON trend_reason.text_key = r.trend_reason_key;
