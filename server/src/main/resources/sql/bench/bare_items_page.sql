-- The bare PostGIS query that produces the same GeoJSON page as the items API (the benchmark's baseline).
SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
         'type', 'Feature', 'id', f.id, 'geometry', ST_AsGeoJSON(f.geom, 7)::json,
         'properties', json_build_object('layer', f.layer_id, 'name', f.name, 'name_en', f.name_en, 'kind', f.kind,
                                         'accuracy', f.accuracy, 'source_text', f.source_text,
                                         'tasks', (SELECT json_agg(json_build_object('code', t.code, 'content', t.content,
                                                    'lead', t.lead_text, 'deadline', t.deadline_text, 'due', t.due_date,
                                                    'status', task_status(t.code, NULL)))
                                                     FROM feature_task ft JOIN task t ON t.code = ft.task_code
                                                    WHERE ft.feature_id = f.id))) ORDER BY f.sort_order, f.id), '[]'))::text
  FROM (SELECT * FROM feature WHERE layer_id = ? ORDER BY layer_id, sort_order, id LIMIT ? OFFSET ?) f
