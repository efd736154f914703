-- The bare PostGIS query that produces the same GeoJSON page as the items API (the benchmark's baseline):
-- the same properties, the same linked tasks with lead ids, progress and timeliness, built whole in the database.
-- Parameters: layer id, limit, offset.
SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
         'type', 'Feature', 'id', f.id, 'geometry', ST_AsGeoJSON(f.geom, 7)::json,
         'properties', jsonb_build_object('layer', f.layer_id, 'name', f.name, 'name_en', f.name_en, 'kind', f.kind,
                                          'accuracy', f.accuracy, 'source_text', f.source_text)
                       || f.properties
                       || jsonb_build_object('tasks', (SELECT COALESCE(jsonb_agg(jsonb_build_object(
                            'code', t.code, 'content', t.content, 'lead', t.lead_text,
                            'lead_ids', (SELECT COALESCE(jsonb_agg(ta.agency_id ORDER BY ta.agency_id), '[]')
                                           FROM task_agency ta WHERE ta.task_code = t.code AND ta.role = 'lead'),
                            'deadline', t.deadline_text, 'due', t.due_date,
                            'progress', st.progress, 'timeliness', st.timeliness,
                            'days_late', st.days_late, 'days_overdue', st.days_overdue) ORDER BY t.sort_order), '[]')
                              FROM feature_task ft JOIN task t ON t.code = ft.task_code
                             CROSS JOIN LATERAL task_state(t.code, t.due_date, current_date, NULL) st
                             WHERE ft.feature_id = f.id)))
         ORDER BY f.sort_order, f.id), '[]'))::text
  FROM (SELECT * FROM feature WHERE layer_id = ? ORDER BY layer_id, sort_order, id LIMIT ? OFFSET ?) f
