-- The baseline of the export benchmark: the rows and columns a GeoPackage or Shapefile export of one layer writes
-- (the common columns, the linked task codes joined with "; ", the geometry in WGS84), for ogr2ogr -sql to read
-- from the same table. ogr2ogr cannot bind values: /*layer*/ becomes the quoted id of a synthetic bench layer.
SELECT f.id, f.name, f.name_en, f.kind, f.accuracy_class, f.accuracy_m, f.accuracy, f.accuracy_vi,
       f.accuracy_source, f.accuracy_source_en, f.source_text,
       (SELECT string_agg(ft.task_code, '; ') FROM feature_task ft WHERE ft.feature_id = f.id) AS tasks,
       f.geom
  FROM feature f
 WHERE f.layer_id = /*layer*/
 ORDER BY f.sort_order, f.id
