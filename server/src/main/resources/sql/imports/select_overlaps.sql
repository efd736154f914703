-- Places overlapping imported geometries, with the overlap as intersection over union (IoU, 0–1) of their
-- areas; points and lines count as their 50 m surroundings. Parameters: the imported features' indexes and
-- their WGS84 WKT (text arrays of the same length), the least overlap kept.
WITH imp AS (
  SELECT i.idx::int AS idx, ST_GeomFromText(i.wkt, 4326) AS geom
    FROM unnest(?::text[], ?::text[]) AS i(idx, wkt)
), area AS (
  SELECT idx, geom,
         CASE WHEN ST_Dimension(geom) = 2 THEN geom ELSE ST_Buffer(geom::geography, 50)::geometry END AS a
    FROM imp
), pairs AS (
  SELECT area.idx, f.id,
         area.a AS a,
         CASE WHEN ST_Dimension(f.geom) = 2 THEN f.geom ELSE ST_Buffer(f.geom::geography, 50)::geometry END AS b
    FROM area JOIN feature f ON f.geom && ST_Expand(area.geom, 0.001)
)
SELECT idx, id, overlap
  FROM (SELECT idx, id,
               ST_Area(ST_Intersection(a, b)) / NULLIF(ST_Area(ST_Union(a, b)), 0) AS overlap
          FROM pairs
         WHERE ST_Intersects(a, b)) o
 WHERE overlap >= ?
 ORDER BY idx, overlap DESC
