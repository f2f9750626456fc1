-- The two cell indexes of 0008 are PostgreSQL's (docs/PERFORMANCE.md, "Serving on PostgreSQL"): there, every page
-- and API call reads a few hundred cells out of the whole table by SQL. A DuckDB store serves pages from cells held
-- in memory and reads whole indicators, which its zone maps prune; keeping the indexes current cost each DuckDB
-- compute run most of its commit (2.7 s of a 13 s Helsinki run). They go here on both engines, and the PostgreSQL
-- engine creates them again on every open, after the migrations (PostgresEngine.CellIndexes), as it does the audit
-- log's triggers: migrations are one SQL for both engines.
DROP INDEX IF EXISTS indicator_cells_by_level;
DROP INDEX IF EXISTS indicator_cells_by_area;
