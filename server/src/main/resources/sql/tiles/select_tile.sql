-- One Mapbox Vector Tile (MVT 2.1) of a layer: tile z/x/y of WebMercatorQuad (EPSG:3857), 4096 units a side, each
-- geometry clipped to the tile with a buffer of 64 units, each feature with its id, name, kind and accuracy class.
-- The features are found through the GiST index on feature.geom with the tile's box (plus the buffer) in WGS84.
-- An empty tile is an empty bytea (0 bytes). Parameters: z, x, y (ST_TileEnvelope's order), layer id, MVT layer name.
WITH tile AS (
  SELECT ST_TileEnvelope(t.z, t.x, t.y) AS box,
         ST_Transform(ST_TileEnvelope(t.z, t.x, t.y, margin => 64.0 / 4096), 4326) AS search
    FROM (SELECT ?::integer AS z, ?::integer AS x, ?::integer AS y) t
),
features AS (
  SELECT ST_AsMVTGeom(ST_Transform(f.geom, 3857), tile.box, 4096, 64, true) AS geom,
         f.id, f.name, f.kind, f.accuracy_class
    FROM feature f, tile
   WHERE f.layer_id = ? AND f.geom && tile.search
)
SELECT COALESCE(ST_AsMVT(features.*, ?, 4096, 'geom'), ''::bytea) FROM features WHERE features.geom IS NOT NULL
