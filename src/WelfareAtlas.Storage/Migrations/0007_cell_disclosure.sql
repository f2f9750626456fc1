-- Disclosure control in the compute run (docs/statistics/disclosure-control.md): every cell records what the public
-- may see of it, and where disclosure control hides any cell of an indicator, the public gets cells of its own,
-- computed from the protected observations only (hidden cells have no numbers, are nobody's benchmark or peer, and
-- break every trend window they are in). Cells are derived data: the table is rebuilt and the next start recomputes
-- it (no compute run is left, so the store is stale).
DROP TABLE indicator_cells;
DELETE FROM compute_runs;

CREATE TABLE indicator_cells (
    run_id            BIGINT  NOT NULL,     -- compute_runs.id
    audience          VARCHAR NOT NULL,     -- all: the same for everyone; public or analyst: the indicator has hidden cells
    indicator_id      VARCHAR NOT NULL,
    area_code         VARCHAR NOT NULL,
    area_type         VARCHAR NOT NULL,     -- peers for quintile and rank are the areas of this type
    period            VARCHAR NOT NULL,     -- canonical Period text
    period_start      DATE    NOT NULL,
    breakdown         VARCHAR NOT NULL,     -- Breakdown.Key
    batch_id          BIGINT  NOT NULL,     -- the import batch the observation came from
    derivation        VARCHAR,              -- NULL as delivered; else how the observation was derived (crosswalk, sum)
    disclosure        VARCHAR NOT NULL,     -- published, unreliable, suppressed (public), primary-suppressed, secondary-suppressed (analyst), unavailable
    disclosure_reason VARCHAR NOT NULL,     -- SuppressionReasons code: none, numerator-below-minimum, confidential, ...
    numerator         DOUBLE PRECISION,
    denominator       DOUBLE PRECISION,
    value             DOUBLE PRECISION,     -- NULL when there is no value; no_value_reason says why
    lower95           DOUBLE PRECISION,
    upper95           DOUBLE PRECISION,
    lower998          DOUBLE PRECISION,
    upper998          DOUBLE PRECISION,
    interval_method   VARCHAR,              -- wilson, byars, exact-poisson, source-given, none
    no_value_kind     VARCHAR,              -- suppressed, missing, invalid; NULL with a value
    no_value_reason   VARCHAR,
    city_code         VARCHAR,
    city_value        DOUBLE PRECISION,
    city95            VARCHAR NOT NULL,     -- higher, similar, lower, not-compared
    city998           VARCHAR NOT NULL,
    city_reason       VARCHAR,              -- why not compared
    parent_code       VARCHAR,
    parent_value      DOUBLE PRECISION,
    parent95          VARCHAR NOT NULL,
    parent998         VARCHAR NOT NULL,
    parent_reason     VARCHAR,
    quintile          INTEGER,              -- 1 = the highest fifth
    rank              INTEGER,              -- 1 = the highest value
    peer_count        INTEGER NOT NULL,
    trend             VARCHAR NOT NULL,     -- increasing, decreasing, no-significant-change, cannot-be-calculated
    trend_slope       DOUBLE PRECISION,
    trend_reason      VARCHAR
);
