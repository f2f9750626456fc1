-- Cells in blocks: a compute run stored every cell as a row of 37 columns (0013), and DuckDB's write costs about
-- 70 ns a value whatever the form, so the write alone was 2–3 s of a Helsinki run (docs/PERFORMANCE.md, "Profile
-- cells"). Every reader of cells reads an indicator whole (the pages' and API's cell sets, the situational picture,
-- forecasts), so up to 1024 cells of one indicator for one audience are now one row: their columns encoded one after
-- another and compressed (Cells/CellBlock.cs says the format), about 50 KB a row. The keys are those of 0013: periods
-- and indicators into the observations' tables, every text into cell_texts, which stays. The view indicator_cells goes with the rows it decoded: SQL cannot decode a block, so
-- cells are read through the API, the exports and `atlas` (docs/architecture.md, "The store").
-- Cells are derived data, as in 0007 and 0013: no compute run is left, so the store is stale and its next start (or
-- `atlas compute`) computes every cell again. PostgreSQL's two cell indexes go with cell_rows.
DROP VIEW indicator_cells;
DROP TABLE cell_rows;
DELETE FROM compute_runs;

-- One block: up to 1024 cells of an indicator for one audience. No key: a run replaces an indicator's blocks under
-- the store lock compute-run, and DuckDB checks a key deleted and inserted again in one transaction more strictly
-- than PostgreSQL.
CREATE TABLE cell_blocks (
    run_id        BIGINT  NOT NULL,  -- compute_runs.id
    audience_key  INTEGER NOT NULL,  -- cell_texts: all, public, analyst
    indicator_key INTEGER NOT NULL,  -- observation_indicators
    part          INTEGER NOT NULL,  -- the block's number within the indicator and audience: 0, 1, ...
    cells         INTEGER NOT NULL,  -- how many cells the block holds
    format        INTEGER NOT NULL,  -- the block's format (1)
    raw_length    INTEGER NOT NULL,  -- the length of the block before compression
    data          BYTEA   NOT NULL   -- the cells, Brotli-compressed
);
