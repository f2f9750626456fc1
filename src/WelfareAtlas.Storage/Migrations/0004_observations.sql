-- Import batches and the observations they bring. A batch is written in one transaction together with its
-- observations and rejected rows, so the store holds a whole batch or none of it (docs/import/pipeline.md).
CREATE SEQUENCE import_batch_ids START 1;

CREATE TABLE import_batches (
    id              BIGINT    PRIMARY KEY,
    source          VARCHAR   NOT NULL,   -- the mapping spec's source name; a newer batch of a source supersedes its rows
    file_name       VARCHAR   NOT NULL,   -- without directory
    content_hash    VARCHAR   NOT NULL,   -- SHA-256 of the file's bytes, lower-case hex: the same file again is a no-op
    mapping_hash    VARCHAR   NOT NULL,   -- SHA-256 of the mapping spec's bytes
    status          VARCHAR   NOT NULL,   -- committed, rolled-back
    partial         BOOLEAN   NOT NULL,   -- imported with --allow-partial while some rows were rejected
    imported_at     TIMESTAMP NOT NULL,   -- UTC
    imported_by     VARCHAR   NOT NULL,   -- who ran the import (user name, or 'api')
    rows_read       BIGINT    NOT NULL,   -- data rows or cube cells read from the file
    rows_imported   BIGINT    NOT NULL,   -- observations as delivered
    rows_rejected   BIGINT    NOT NULL,   -- problems stored in rejected_rows
    rows_derived    BIGINT    NOT NULL,   -- observations computed from them (crosswalk, sums up the hierarchy)
    rows_superseded BIGINT    NOT NULL,   -- older observations of the same source this batch replaced
    rolled_back_at  TIMESTAMP             -- UTC; NULL unless status = rolled-back
);

-- One number: indicator × area × period × breakdown. Current rows have superseded_by NULL; a superseded row
-- stays for the history and names the batch that replaced it.
CREATE TABLE observations (
    batch_id      BIGINT  NOT NULL,       -- import_batches.id
    indicator_id  VARCHAR NOT NULL,
    area_code     VARCHAR NOT NULL,
    period        VARCHAR NOT NULL,       -- canonical Period text: 2024, 2024Q3, 2024M07, 2024W05, 2021-2023
    period_start  DATE    NOT NULL,
    period_end    DATE    NOT NULL,
    breakdown     VARCHAR NOT NULL,       -- Breakdown.Key: total, sex=female;age=7-17;topic=loneliness
    numerator     DOUBLE PRECISION,
    denominator   DOUBLE PRECISION,
    value         DOUBLE PRECISION,
    lower_limit   DOUBLE PRECISION,
    upper_limit   DOUBLE PRECISION,
    status        VARCHAR NOT NULL,       -- available, suppressed, missing
    source_symbol VARCHAR,                -- the source's marker for a suppressed or missing number (-1, ., ..)
    source_line   INTEGER,                -- 1-based line or sheet row in the file; NULL for cube cells and derived rows
    derivation    VARCHAR,                -- NULL as delivered; else how it was computed (crosswalk-population, crosswalk-area, sum)
    superseded_by BIGINT                  -- the batch that replaced this row; NULL while current
);

-- Rows of a partially imported batch that were not imported, with the reason.
CREATE TABLE rejected_rows (
    batch_id BIGINT  NOT NULL,
    line     INTEGER,                     -- 1-based line or sheet row; NULL for a whole-file problem
    location VARCHAR,                     -- column name, cell (Sheet1!C5) or cube cell
    code     VARCHAR NOT NULL,            -- problem code, docs/import/pipeline.md
    message  VARCHAR NOT NULL,
    value    VARCHAR                      -- the offending text, shortened
);

-- The weights used for observations derived through a crosswalk: which source area gave which share to which target.
CREATE TABLE derivation_weights (
    batch_id  BIGINT  NOT NULL,
    period    VARCHAR NOT NULL,
    from_code VARCHAR NOT NULL,           -- postal area
    to_code   VARCHAR NOT NULL,           -- sub-district
    basis     VARCHAR NOT NULL,           -- population or area
    weight    DOUBLE PRECISION NOT NULL            -- share of the postal area's counts given to the sub-district
);
