-- A feature's editable state, locked for the transaction. Its keys are the feature table's columns
-- (the geometry as EWKT under "geom"), so features_as_of() can restore it, plus its task codes.
SELECT f.layer_id,
       jsonb_build_object('name', f.name, 'name_en', f.name_en, 'kind', f.kind, 'accuracy', f.accuracy,
                          'accuracy_vi', f.accuracy_vi, 'accuracy_class', f.accuracy_class,
                          'accuracy_m', f.accuracy_m, 'accuracy_source', f.accuracy_source,
                          'accuracy_source_en', f.accuracy_source_en,
                          'source_text', f.source_text, 'properties', f.properties,
                          'geom', ST_AsEWKT(f.geom), 'version', f.version,
                          'tasks', ARRAY(SELECT ft.task_code FROM feature_task ft WHERE ft.feature_id = f.id
                                          ORDER BY ft.task_code))::text
  FROM feature f
 WHERE f.id = ?
   FOR UPDATE
