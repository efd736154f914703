-- V12 (scale, issue 15 item 2): what the layer catalog shows of each layer — its feature count, its extent and the
-- names of the extra properties its features carry — kept by the writes themselves, in their own transaction, so
-- that no read has to rescan the features after a write (a 1 M-feature layer took 1.1–1.45 s to rescan, and every
-- request arriving after a write paid it).
--
-- Statement-level triggers on `feature` (with transition tables, so a bulk insert of a million rows updates each
-- layer's row once) add what the new rows bring and take away what the old rows took. The extent only grows
-- incrementally: when a removed geometry's box touched the layer's extent on any side, that layer's extent is
-- recomputed from its features (the rare case; it costs the writer, never a reader). Rows of layer_stats are
-- locked by the writes to that layer and in layer-id order, so concurrent writes to one layer queue on its row and
-- the counts stay exact.

-- One row per layer that has ever held a feature; a layer without a row has no features.
CREATE TABLE layer_stats (
  layer_id text PRIMARY KEY REFERENCES layer (id) ON DELETE CASCADE,
  features bigint NOT NULL CHECK (features >= 0),
  -- lon/lat extent (EPSG:4326 degrees) as ST_Extent gives it (each box rounded outwards to float4); NULL when empty
  west     double precision,
  south    double precision,
  east     double precision,
  north    double precision
);

-- How many of a layer's features carry each top-level key of `feature.properties`; a key no feature carries any
-- longer is deleted.
CREATE TABLE layer_property (
  layer_id text NOT NULL REFERENCES layer (id) ON DELETE CASCADE,
  name     text NOT NULL,
  features bigint NOT NULL CHECK (features >= 0),
  PRIMARY KEY (layer_id, name)
);

-- What a set of rows means for one layer: how many (signed) and the box they cover.
CREATE TYPE layer_delta AS (layer_id text, features bigint, box box2d);
-- What a set of rows means for one property name of one layer: how many rows carry it (signed).
CREATE TYPE layer_key_delta AS (layer_id text, name text, features bigint);

-- Applies the rows that now count (plus) and those that no longer do (minus) to layer_stats. The rows are locked
-- in layer-id order first, so that two statements writing to the same layers queue instead of deadlocking.
CREATE FUNCTION layer_stats_apply(plus layer_delta[], minus layer_delta[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  stale text[];
BEGIN
  INSERT INTO layer_stats (layer_id, features)
  SELECT DISTINCT p.layer_id, 0 FROM unnest(plus) p ORDER BY p.layer_id
  ON CONFLICT (layer_id) DO NOTHING;
  PERFORM 1 FROM layer_stats s
    WHERE s.layer_id IN (SELECT p.layer_id FROM unnest(plus) p UNION SELECT m.layer_id FROM unnest(minus) m)
    ORDER BY s.layer_id FOR UPDATE;
  UPDATE layer_stats s
     SET features = s.features + d.features,
         west = LEAST(s.west, d.west), south = LEAST(s.south, d.south),
         east = GREATEST(s.east, d.east), north = GREATEST(s.north, d.north)
    FROM (SELECT u.layer_id, sum(u.features) AS features, min(ST_XMin(u.box)) AS west, min(ST_YMin(u.box)) AS south,
                 max(ST_XMax(u.box)) AS east, max(ST_YMax(u.box)) AS north
            FROM (SELECT p.layer_id, p.features, p.box FROM unnest(plus) p
                  UNION ALL
                  SELECT m.layer_id, -m.features, NULL FROM unnest(minus) m) u
           GROUP BY u.layer_id) d
   WHERE s.layer_id = d.layer_id;
  -- a removed box on the edge of the extent may have been what held it out there
  stale := ARRAY(SELECT s.layer_id FROM layer_stats s JOIN unnest(minus) m ON m.layer_id = s.layer_id
                  WHERE ST_XMin(m.box) <= s.west OR ST_YMin(m.box) <= s.south
                     OR ST_XMax(m.box) >= s.east OR ST_YMax(m.box) >= s.north);
  IF cardinality(stale) > 0 THEN
    UPDATE layer_stats s
       SET west = ST_XMin(e.box), south = ST_YMin(e.box), east = ST_XMax(e.box), north = ST_YMax(e.box)
      FROM (SELECT f.layer_id, ST_Extent(f.geom) AS box FROM feature f WHERE f.layer_id = ANY (stale)
             GROUP BY f.layer_id
            UNION ALL
            SELECT l, NULL FROM unnest(stale) l WHERE NOT EXISTS (SELECT 1 FROM feature f WHERE f.layer_id = l)) e
     WHERE s.layer_id = e.layer_id;
  END IF;
END $$;

-- Applies signed counts of property names to layer_property (locked in order, as above).
CREATE FUNCTION layer_property_apply(deltas layer_key_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO layer_property (layer_id, name, features)
  SELECT DISTINCT d.layer_id, d.name, 0 FROM unnest(deltas) d WHERE d.features > 0 ORDER BY d.layer_id, d.name
  ON CONFLICT (layer_id, name) DO NOTHING;
  PERFORM 1 FROM layer_property p
    WHERE (p.layer_id, p.name) IN (SELECT d.layer_id, d.name FROM unnest(deltas) d)
    ORDER BY p.layer_id, p.name FOR UPDATE;
  UPDATE layer_property p SET features = p.features + d.features
    FROM (SELECT u.layer_id, u.name, sum(u.features) AS features FROM unnest(deltas) u
           GROUP BY u.layer_id, u.name) d
   WHERE p.layer_id = d.layer_id AND p.name = d.name;
  DELETE FROM layer_property p USING unnest(deltas) d
   WHERE p.layer_id = d.layer_id AND p.name = d.name AND p.features = 0;
END $$;

CREATE FUNCTION feature_stats_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM layer_stats_apply(
    ARRAY(SELECT ROW(a.layer_id, count(*), ST_Extent(a.geom))::layer_delta FROM added a GROUP BY a.layer_id),
    '{}');
  PERFORM layer_property_apply(
    ARRAY(SELECT ROW(a.layer_id, k, count(*))::layer_key_delta
            FROM added a CROSS JOIN LATERAL jsonb_object_keys(a.properties) k GROUP BY a.layer_id, k));
  RETURN NULL;
END $$;

CREATE FUNCTION feature_stats_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM layer_stats_apply('{}',
    ARRAY(SELECT ROW(r.layer_id, count(*), ST_Extent(r.geom))::layer_delta FROM removed r GROUP BY r.layer_id));
  PERFORM layer_property_apply(
    ARRAY(SELECT ROW(r.layer_id, k, -count(*))::layer_key_delta
            FROM removed r CROSS JOIN LATERAL jsonb_object_keys(r.properties) k GROUP BY r.layer_id, k));
  RETURN NULL;
END $$;

-- Only the rows whose layer, geometry or properties changed count (most edits change names, tasks or accuracy).
CREATE FUNCTION feature_stats_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  done record;
BEGIN
  WITH changed AS MATERIALIZED (
    SELECT -1 AS side, r.layer_id, r.geom, r.properties FROM removed r
     WHERE NOT EXISTS (SELECT 1 FROM added a WHERE a.id = r.id AND a.layer_id = r.layer_id
                          AND a.geom = r.geom AND a.properties = r.properties)
    UNION ALL
    SELECT 1, a.layer_id, a.geom, a.properties FROM added a
     WHERE NOT EXISTS (SELECT 1 FROM removed r WHERE r.id = a.id AND r.layer_id = a.layer_id
                          AND r.geom = a.geom AND r.properties = a.properties))
  SELECT 1 AS applied INTO done
    FROM layer_stats_apply(
           ARRAY(SELECT ROW(c.layer_id, count(*), ST_Extent(c.geom))::layer_delta FROM changed c
                  WHERE c.side = 1 GROUP BY c.layer_id),
           ARRAY(SELECT ROW(c.layer_id, count(*), ST_Extent(c.geom))::layer_delta FROM changed c
                  WHERE c.side = -1 GROUP BY c.layer_id)) AS counts,
         layer_property_apply(
           ARRAY(SELECT ROW(c.layer_id, k, c.side * count(*))::layer_key_delta
                   FROM changed c CROSS JOIN LATERAL jsonb_object_keys(c.properties) k
                  GROUP BY c.side, c.layer_id, k)) AS names;
  RETURN NULL;
END $$;

CREATE TRIGGER feature_stats_insert AFTER INSERT ON feature
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION feature_stats_after_insert();
CREATE TRIGGER feature_stats_delete AFTER DELETE ON feature
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION feature_stats_after_delete();
CREATE TRIGGER feature_stats_update AFTER UPDATE ON feature
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION feature_stats_after_update();

-- What the layers hold now.
INSERT INTO layer_stats (layer_id, features, west, south, east, north)
SELECT f.layer_id, count(*), ST_XMin(ST_Extent(f.geom)), ST_YMin(ST_Extent(f.geom)), ST_XMax(ST_Extent(f.geom)),
       ST_YMax(ST_Extent(f.geom))
  FROM feature f GROUP BY f.layer_id;
INSERT INTO layer_property (layer_id, name, features)
SELECT f.layer_id, k, count(*) FROM feature f CROSS JOIN LATERAL jsonb_object_keys(f.properties) k
 GROUP BY f.layer_id, k;
