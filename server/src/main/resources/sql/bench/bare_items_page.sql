-- The bare PostGIS query that produces the same GeoJSON page as the items API (the benchmark's baseline):
-- the same properties, the same linked tasks with lead ids, progress and timeliness, built whole in the database,
-- the tasks once per set of linked tasks on the page (as the items query computes them).
-- Parameters: layer id, limit, offset.
WITH page AS MATERIALIZED (
  SELECT f.*, ARRAY(SELECT ft.task_code FROM feature_task ft WHERE ft.feature_id = f.id ORDER BY ft.task_code)
           AS task_set
    FROM (SELECT * FROM feature WHERE layer_id = ? ORDER BY layer_id, sort_order, id LIMIT ? OFFSET ?) f
),
by_set AS MATERIALIZED (
  SELECT s.task_set,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object(
                   'code', t.code, 'content', t.content, 'lead', t.lead_text,
                   'lead_ids', (SELECT COALESCE(jsonb_agg(ta.agency_id ORDER BY ta.agency_id), '[]')
                                  FROM task_agency ta WHERE ta.task_code = t.code AND ta.role = 'lead'),
                   'deadline', t.deadline_text, 'due', t.due_date,
                   'progress', st.progress, 'timeliness', st.timeliness,
                   'days_late', st.days_late, 'days_overdue', st.days_overdue) ORDER BY t.sort_order), '[]')
            FROM task t CROSS JOIN LATERAL task_state(t.code, t.due_date, current_date, NULL) st
           WHERE t.code = ANY (s.task_set)) AS tasks
    FROM (SELECT DISTINCT task_set FROM page) s
)
SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
         'type', 'Feature', 'id', f.id, 'geometry', ST_AsGeoJSON(f.geom, 7)::json,
         'properties', jsonb_build_object('layer', f.layer_id, 'name', f.name, 'name_en', f.name_en, 'kind', f.kind,
                                          'accuracy', f.accuracy, 'source_text', f.source_text)
                       || f.properties
                       || jsonb_build_object('tasks', s.tasks))
         ORDER BY f.sort_order, f.id), '[]'))::text
  FROM page f JOIN by_set s ON s.task_set = f.task_set
