-- The features of one export query as the file formats write them (GeoPackage, Shapefiles, KML, CSV, workbook,
-- review pack), one row each, in drawing order: the geometry as WKB in WGS84 as stored (ExportGeometry gives it
-- RFC 7946 winding), the codes of the linked tasks (ExportGeometry's caller puts them in programme order with
-- their details, read once per export: select_linked_tasks), and the text columns as stored. No JSON is built per
-- row, nothing is sorted or joined per row.
-- FeatureFilter supplies the FROM source and the WHERE clause, made of constant fragments; every value is a
-- bound parameter. Parameters: p.today, p.as_of (NULL: now), then the source's and the filter's values, then
-- the limit.
WITH p AS (SELECT ?::date AS today, ?::timestamptz AS as_of)
SELECT f.id,
       f.layer_id,
       f.name,
       f.name_en,
       f.kind,
       f.accuracy,
       f.source_text,
       CASE WHEN f.properties = '{}'::jsonb THEN NULL ELSE f.properties::text END AS properties,
       ST_AsBinary(f.geom) AS geometry,
       ARRAY(SELECT ft.task_code FROM feature_task ft WHERE ft.feature_id = f.id) AS task_codes,
       f.accuracy_class,
       f.accuracy_m,
       f.accuracy_source,
       f.accuracy_source_en,
       f.accuracy_vi
  FROM /*from*/ CROSS JOIN p
 WHERE /*where*/
 ORDER BY f.layer_id, f.sort_order, f.id
 LIMIT ?
