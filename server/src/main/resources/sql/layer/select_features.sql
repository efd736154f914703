-- The features of a query, one row each, with their geometry as GeoJSON (7 decimals, 1 cm) and their
-- linked tasks as a JSON array. The WHERE placeholder below is replaced by FeatureFilter's constant
-- fragments (so it must not be named in this comment); every value is a bound parameter. Parameter 1 is
-- today's date (for "overdue").
SELECT f.id,
       f.layer_id,
       f.name,
       f.name_en,
       f.kind,
       f.accuracy,
       f.source_text,
       f.properties::text AS properties,
       ST_AsGeoJSON(f.geom, 7) AS geometry,
       COALESCE((
         SELECT json_agg(json_build_object(
                  'code', t.code,
                  'content', t.content,
                  'lead', t.lead_text,
                  'lead_ids', (SELECT COALESCE(json_agg(ta.agency_id ORDER BY ta.agency_id), '[]')
                                 FROM task_agency ta WHERE ta.task_code = t.code AND ta.role = 'lead'),
                  'deadline', t.deadline_text,
                  'due', t.due_date,
                  'status', t.status,
                  'overdue', (t.due_date IS NOT NULL AND t.due_date < ?::date
                              AND t.status NOT IN ('submitted', 'done')))
                ORDER BY t.sort_order)
           FROM feature_task ft
           JOIN task t ON t.code = ft.task_code
          WHERE ft.feature_id = f.id), '[]')::text AS tasks
  FROM feature f
 WHERE {{where}}
 ORDER BY f.layer_id, f.sort_order, f.id
 LIMIT ? OFFSET ?
