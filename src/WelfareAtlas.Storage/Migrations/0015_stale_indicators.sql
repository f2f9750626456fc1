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

-- A store with batches and runs: every catalogued indicator, computed once at its next start. The rule before this
-- table cannot say which indicators it left behind (a batch imported without its run, then a run of others, looked
-- computed), so none is trusted. A store without a run yet is computed whole anyway.
INSERT INTO stale_indicators
SELECT nextval('stale_indicator_ids'), id, 0, 'migration' FROM indicators
WHERE EXISTS (SELECT 1 FROM compute_runs) AND EXISTS (SELECT 1 FROM import_batches);
