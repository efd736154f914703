-- The places as they were at as_of (NULL: now), in WKB (EPSG:4326), with the most pressing timeliness of their
-- linked tasks on the day (overdue, late, due_soon, open, on_time, ongoing in that order; NULL: no task).
-- Parameters: as_of (for features_as_of), day, as_of (for the reports).
WITH p AS (SELECT ?::timestamptz AS as_of, ?::date AS day, ?::timestamptz AS reports_as_of)
SELECT f.id, f.layer_id, ST_AsBinary(f.geom) AS wkb,
       (SELECT st.timeliness
          FROM feature_task ft JOIN task t ON t.code = ft.task_code
         CROSS JOIN LATERAL task_state(t.code, t.due_date, p.day, p.reports_as_of) st
         WHERE ft.feature_id = f.id
         ORDER BY array_position(ARRAY['overdue', 'late', 'due_soon', 'open', 'on_time', 'ongoing'], st.timeliness)
         LIMIT 1) AS timeliness
  FROM p CROSS JOIN LATERAL features_as_of(p.as_of) f
 ORDER BY ST_Dimension(f.geom) DESC, f.layer_id, f.sort_order
