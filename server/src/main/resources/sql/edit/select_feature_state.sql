-- A feature's editable state, locked for the transaction. Its keys are the feature table's columns
-- (the geometry as EWKT under "geom"), so features_as_of() can restore it, plus its task codes.
SELECT f.layer_id,
       jsonb_build_object('name', f.name, 'name_en', f.name_en, 'kind', f.kind, 'accuracy', f.accuracy,
                          'source_text', f.source_text, 'properties', f.properties,
                          'geom', ST_AsEWKT(f.geom), 'version', f.version,
                          'tasks', ARRAY(SELECT ft.task_code FROM feature_task ft WHERE ft.feature_id = f.id
                                          ORDER BY ft.task_code))::text
  FROM feature f
 WHERE f.id = ?
   FOR UPDATE
