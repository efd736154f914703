-- Every layer with its feature count, extent (lon/lat bbox; NULLs for an empty layer) and the names of
-- the extra properties its features carry.
SELECT l.id, l.title_vi, l.title_en, l.description_vi, l.description_en, l.kinds::text AS kinds, l.group_id,
       s.features, s.xmin, s.ymin, s.xmax, s.ymax,
       ARRAY(SELECT DISTINCT k
               FROM feature f2, jsonb_object_keys(f2.properties) AS k
              WHERE f2.layer_id = l.id
              ORDER BY k) AS extra_properties
  FROM layer l
  CROSS JOIN LATERAL (
        SELECT count(*) AS features,
               ST_XMin(ST_Extent(f.geom)) AS xmin, ST_YMin(ST_Extent(f.geom)) AS ymin,
               ST_XMax(ST_Extent(f.geom)) AS xmax, ST_YMax(ST_Extent(f.geom)) AS ymax
          FROM feature f
         WHERE f.layer_id = l.id) AS s
 ORDER BY l.sort_order, l.id
