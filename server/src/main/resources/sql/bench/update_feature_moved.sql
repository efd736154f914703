-- A write as the edit path makes it, for the "first request after a write" benchmark: a feature's geometry moved
-- (by ± 1 m east; the layer statistics' triggers run) and the data version bumped (every ETag and cache changes).
-- Parameters: the x offset in degrees, the feature id.
WITH moved AS (UPDATE feature SET geom = ST_Translate(geom, ?, 0) WHERE id = ? RETURNING 1)
UPDATE dataset_state SET version = version + 1 WHERE EXISTS (SELECT 1 FROM moved)
