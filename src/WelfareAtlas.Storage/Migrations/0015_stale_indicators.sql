-- Indicators whose cells are older than their observations (docs/import/pipeline.md, "Cells after a change").
--
-- A batch's commit, its rollback and a change of its publication time each mark the indicators they change, in their
-- own transaction; a compute run that covers an indicator removes the marks it read before reading the observations,
-- in the transaction of its cells. A mark made while a run works stays for the next run. Before this table the store
-- compared every batch with the last run of any indicators, so a batch imported without its compute run
-- (`atlas import --no-compute`) was taken as computed by a later run of other indicators.
CREATE SEQUENCE stale_indicator_ids START 1;

CREATE TABLE stale_indicators (
    id           BIGINT  PRIMARY KEY,  -- from stale_indicator_ids: a run removes exactly the marks it read
    indicator_id VARCHAR NOT NULL,
    batch_id     BIGINT  NOT NULL,     -- the batch whose change made the cells old; 0 for a store migrated stale
    change       VARCHAR NOT NULL      -- import, rollback, publication, migration
);

-- A store whose cells were old by the rule before this table: every catalogued indicator, as that rule recomputed all.
INSERT INTO stale_indicators
SELECT nextval('stale_indicator_ids'), id, 0, 'migration' FROM indicators
WHERE EXISTS (SELECT 1 FROM compute_runs)
  AND EXISTS (
      SELECT 1 FROM import_batches
      WHERE greatest(imported_at, coalesce(rolled_back_at, imported_at)) > (SELECT max(finished_at) FROM compute_runs));
