-- Computed indicator cells (docs/profiles/compute-run.md): one per current observation, with its value, intervals,
-- comparisons with the city and the parent area, place among the areas of the same type and recent trend. A cell
-- carries no judgement: a profile turns Higher/Lower into Better/Worse with its polarity when the cell is read.
-- A compute run replaces the cells of the indicators it computed in one transaction, so a reader sees the cells of
-- one run or of the next, never a mix.
CREATE SEQUENCE compute_run_ids START 1;

CREATE TABLE compute_runs (
    id          BIGINT    PRIMARY KEY,
    started_at  TIMESTAMP NOT NULL,       -- UTC
    finished_at TIMESTAMP NOT NULL,       -- UTC
    reason      VARCHAR   NOT NULL,       -- full, import of batch N, rollback of batch N, store opened with stale cells
    indicators  INTEGER   NOT NULL,       -- indicators computed
    cells       BIGINT    NOT NULL        -- cells written
);

CREATE TABLE indicator_cells (
    run_id          BIGINT  NOT NULL,     -- compute_runs.id
    indicator_id    VARCHAR NOT NULL,
    area_code       VARCHAR NOT NULL,
    area_type       VARCHAR NOT NULL,     -- peers for quintile and rank are the areas of this type
    period          VARCHAR NOT NULL,     -- canonical Period text
    period_start    DATE    NOT NULL,
    breakdown       VARCHAR NOT NULL,     -- Breakdown.Key
    batch_id        BIGINT  NOT NULL,     -- the import batch the observation came from
    derivation      VARCHAR,              -- NULL as delivered; else how the observation was derived (crosswalk, sum)
    numerator       DOUBLE PRECISION,
    denominator     DOUBLE PRECISION,
    value           DOUBLE PRECISION,     -- NULL when there is no value; no_value_reason says why
    lower95         DOUBLE PRECISION,
    upper95         DOUBLE PRECISION,
    lower998        DOUBLE PRECISION,
    upper998        DOUBLE PRECISION,
    interval_method VARCHAR,              -- wilson, byars, exact-poisson, source-given, none
    no_value_kind   VARCHAR,              -- suppressed, missing, invalid; NULL with a value
    no_value_reason VARCHAR,
    city_code       VARCHAR,
    city_value      DOUBLE PRECISION,
    city95          VARCHAR NOT NULL,     -- higher, similar, lower, not-compared
    city998         VARCHAR NOT NULL,
    city_reason     VARCHAR,              -- why not compared
    parent_code     VARCHAR,
    parent_value    DOUBLE PRECISION,
    parent95        VARCHAR NOT NULL,
    parent998       VARCHAR NOT NULL,
    parent_reason   VARCHAR,
    quintile        INTEGER,              -- 1 = the highest fifth
    rank            INTEGER,              -- 1 = the highest value
    peer_count      INTEGER NOT NULL,
    trend           VARCHAR NOT NULL,     -- increasing, decreasing, no-significant-change, cannot-be-calculated
    trend_slope     DOUBLE PRECISION,
    trend_reason    VARCHAR
);
