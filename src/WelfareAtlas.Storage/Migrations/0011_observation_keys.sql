-- Observations keyed by numbers: the texts of a row (indicator, area, period with its dates, breakdown, status,
-- derivation) move into small dimension tables, and the rows keep integer keys into them. Writing a batch of 10 M
-- rows spent most of its time compressing the text columns; integers cost a fraction of that
-- (docs/import/pipeline.md, docs/PERFORMANCE.md). The view `observations` has exactly the columns, types and
-- meanings of the table it replaces, so every reader stays as it was; writers (import, supersession, rollback)
-- write `observation_rows`. A dimension value gets its key the first time a batch needs it and keeps it; a value
-- no row uses any more (a rolled-back batch's) stays, and the view shows only what rows reference.
CREATE SEQUENCE observation_indicator_keys START 1;
CREATE SEQUENCE observation_area_keys START 1;
CREATE SEQUENCE observation_period_keys START 1;
CREATE SEQUENCE observation_breakdown_keys START 1;
CREATE SEQUENCE observation_status_keys START 1;
CREATE SEQUENCE observation_derivation_keys START 1;

CREATE TABLE observation_indicators (
    indicator_key INTEGER PRIMARY KEY,
    indicator_id  VARCHAR NOT NULL UNIQUE
);

-- Every area of the store is numbered (not only those with rows), so sums up the hierarchy can key parents too.
CREATE TABLE observation_areas (
    area_key  INTEGER PRIMARY KEY,
    area_code VARCHAR NOT NULL UNIQUE
);

CREATE TABLE observation_periods (
    period_key   INTEGER PRIMARY KEY,
    period       VARCHAR NOT NULL UNIQUE,   -- canonical Period text: 2024, 2024Q3, 2024M07, 2024W05, 2021-2023
    period_start DATE    NOT NULL,
    period_end   DATE    NOT NULL
);

CREATE TABLE observation_breakdowns (
    breakdown_key INTEGER PRIMARY KEY,
    breakdown     VARCHAR NOT NULL UNIQUE  -- Breakdown.Key: total, sex=female;age=7-17;topic=loneliness
);

CREATE TABLE observation_statuses (
    status_key INTEGER PRIMARY KEY,
    status     VARCHAR NOT NULL UNIQUE     -- available, suppressed, missing
);

CREATE TABLE observation_derivations (
    derivation_key INTEGER PRIMARY KEY,
    derivation     VARCHAR NOT NULL UNIQUE -- crosswalk-population, crosswalk-area, crosswalk-mixed, sum
);

-- One number: indicator × area × period × breakdown, as `observations` (0004) described it, with keys for texts.
CREATE TABLE observation_rows (
    batch_id       BIGINT  NOT NULL,       -- import_batches.id
    indicator_key  INTEGER NOT NULL,       -- observation_indicators
    area_key       INTEGER NOT NULL,       -- observation_areas
    period_key     INTEGER NOT NULL,       -- observation_periods
    breakdown_key  INTEGER NOT NULL,       -- observation_breakdowns
    numerator      DOUBLE PRECISION,
    denominator    DOUBLE PRECISION,
    value          DOUBLE PRECISION,
    lower_limit    DOUBLE PRECISION,
    upper_limit    DOUBLE PRECISION,
    status_key     INTEGER NOT NULL,       -- observation_statuses
    source_symbol  VARCHAR,                -- the source's marker for a suppressed or missing number (-1, ., ..)
    source_line    INTEGER,                -- 1-based line or sheet row in the file; NULL for cube cells and derived rows
    derivation_key INTEGER,                -- observation_derivations; NULL as delivered
    superseded_by  BIGINT                  -- the batch that replaced this row; NULL while current
);

-- The existing rows, with their texts numbered.
INSERT INTO observation_indicators SELECT nextval('observation_indicator_keys'), indicator_id FROM (SELECT DISTINCT indicator_id FROM observations) AS d;
INSERT INTO observation_areas
    SELECT nextval('observation_area_keys'), area_code FROM (SELECT area_code FROM observations UNION SELECT code FROM areas) AS d;
-- The dates follow from the period's text; min() only picks the one value each has.
INSERT INTO observation_periods
    SELECT nextval('observation_period_keys'), period, period_start, period_end
    FROM (SELECT period, min(period_start) AS period_start, min(period_end) AS period_end FROM observations GROUP BY period) AS d;
INSERT INTO observation_breakdowns SELECT nextval('observation_breakdown_keys'), breakdown FROM (SELECT DISTINCT breakdown FROM observations) AS d;
INSERT INTO observation_statuses SELECT nextval('observation_status_keys'), status FROM (SELECT DISTINCT status FROM observations) AS d;
INSERT INTO observation_derivations
    SELECT nextval('observation_derivation_keys'), derivation FROM (SELECT DISTINCT derivation FROM observations WHERE derivation IS NOT NULL) AS d;

INSERT INTO observation_rows
SELECT o.batch_id, i.indicator_key, a.area_key, p.period_key, b.breakdown_key, o.numerator, o.denominator, o.value,
       o.lower_limit, o.upper_limit, s.status_key, o.source_symbol, o.source_line, d.derivation_key, o.superseded_by
FROM observations o
JOIN observation_indicators i ON i.indicator_id = o.indicator_id
JOIN observation_areas a ON a.area_code = o.area_code
JOIN observation_periods p ON p.period = o.period
JOIN observation_breakdowns b ON b.breakdown = o.breakdown
JOIN observation_statuses s ON s.status = o.status
LEFT JOIN observation_derivations d ON d.derivation = o.derivation;

DROP TABLE observations;

-- Exactly the columns, order, types and meanings of the table 0004 created.
CREATE VIEW observations AS
SELECT r.batch_id, i.indicator_id, a.area_code, p.period, p.period_start, p.period_end, b.breakdown,
       r.numerator, r.denominator, r.value, r.lower_limit, r.upper_limit, s.status, r.source_symbol, r.source_line,
       d.derivation, r.superseded_by
FROM observation_rows r
JOIN observation_indicators i ON i.indicator_key = r.indicator_key
JOIN observation_areas a ON a.area_key = r.area_key
JOIN observation_periods p ON p.period_key = r.period_key
JOIN observation_breakdowns b ON b.breakdown_key = r.breakdown_key
JOIN observation_statuses s ON s.status_key = r.status_key
LEFT JOIN observation_derivations d ON d.derivation_key = r.derivation_key;
