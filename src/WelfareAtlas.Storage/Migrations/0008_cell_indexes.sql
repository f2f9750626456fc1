-- Indexes for reading cells (docs/PERFORMANCE.md, "Serving on PostgreSQL"): every page and API call reads a few
-- hundred cells out of the whole table, by one of two paths.
-- An indicator's level: one indicator, one area type, one period, one breakdown (the indicator's data, its map and
-- bar chart, the peers of a spine chart, availability, and the compute run's DELETE of an indicator's cells).
CREATE INDEX indicator_cells_by_level ON indicator_cells (indicator_id, area_type, period, breakdown);
-- An area's cells: one area, some indicators (an area's profile, an area's series).
CREATE INDEX indicator_cells_by_area ON indicator_cells (area_code, indicator_id);
