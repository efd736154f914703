-- Every layer with its feature count, extent (lon/lat bbox; NULLs for an empty layer) and the names of
-- the extra properties its features carry, as the writes keep them in layer_stats and layer_property (V12):
-- no feature is read here, so this costs the same whatever the layers hold.
SELECT l.id, l.title_vi, l.title_en, l.description_vi, l.description_en, l.kinds::text AS kinds, l.group_id,
       COALESCE(s.features, 0) AS features, s.west, s.south, s.east, s.north,
       ARRAY(SELECT p.name FROM layer_property p WHERE p.layer_id = l.id ORDER BY p.name) AS extra_properties
  FROM layer l
  LEFT JOIN layer_stats s ON s.layer_id = l.id
 ORDER BY l.sort_order, l.id
