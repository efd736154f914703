-- The features of a query, one row each, with their geometry as GeoJSON (7 decimals, 1 cm; RFC 7946 winding:
-- outer rings counter-clockwise, holes clockwise, whatever was stored) and their
-- linked tasks as a JSON array, and the flat attributes GIS clients show and filter by (V9: task codes, lead
-- agencies, next due date; V13: progress and timeliness of the most pressing task) as a JSON object.
-- FeatureFilter supplies the FROM source (the table, or the features as they were at p.as_of) and the WHERE
-- clause, both made of constant fragments; every value is a bound parameter.
-- The page is cut first, so the costly columns are computed for its rows only (not for the rows skipped), and the
-- tasks and flat attributes once per set of linked tasks on the page (not once per feature); a page
-- reached by a keyset cursor starts in the index at its sort key (FeatureFilter's AFTER), so it skips nothing; a
-- page before a cursor (BEFORE) is cut walking the index backwards (DESC) and sorted back below.
-- Parameters: p.today (for timeliness), p.as_of (statuses and reports up to then; NULL: now), then the
-- source's and the filter's values, then limit and offset.
WITH p AS (SELECT ?::date AS today, ?::timestamptz AS as_of),
page AS MATERIALIZED (
  SELECT f.*
    FROM /*from*/ CROSS JOIN p
   WHERE /*where*/
   ORDER BY f.layer_id /*direction*/, f.sort_order /*direction*/, f.id /*direction*/
   LIMIT ? OFFSET ?
),
linked AS MATERIALIZED ( -- the page's features, each with the set of tasks it is linked to
  SELECT f.*, ARRAY(SELECT ft.task_code FROM feature_task ft WHERE ft.feature_id = f.id ORDER BY ft.task_code)
           AS task_set
    FROM page f
),
-- The tasks and the flat attributes of a feature depend only on the set of tasks it is linked to (and on p):
-- they are computed once per set on the page, from one feature that has it, by the functions that define them.
by_set AS MATERIALIZED (
  SELECT s.task_set,
         COALESCE((
           SELECT json_agg(json_build_object(
                    'code', t.code,
                    'content', t.content,
                    'lead', t.lead_text,
                    'lead_ids', (SELECT COALESCE(json_agg(ta.agency_id ORDER BY ta.agency_id), '[]')
                                   FROM task_agency ta WHERE ta.task_code = t.code AND ta.role = 'lead'),
                    'deadline', t.deadline_text,
                    'due', t.due_date,
                    'progress', st.progress,
                    'timeliness', st.timeliness,
                    'days_late', st.days_late,
                    'days_overdue', st.days_overdue)
                  ORDER BY t.sort_order)
             FROM task t
            CROSS JOIN LATERAL task_state(t.code, t.due_date, p.today, p.as_of) st
            WHERE t.code = ANY (s.task_set)), '[]')::text AS tasks,
         json_build_object('task_codes', feature_task_codes(s.feature_id),
                           'lead_agency', feature_lead_agency(s.feature_id),
                           'next_due', feature_next_due(s.feature_id, p.as_of),
                           'progress', fs.progress,
                           'timeliness', fs.timeliness)::text AS flat
    FROM (SELECT l.task_set, min(l.id) AS feature_id FROM linked l GROUP BY l.task_set) s
   CROSS JOIN p
   CROSS JOIN LATERAL feature_state(s.feature_id, p.today, p.as_of) fs
)
SELECT f.id,
       f.layer_id,
       f.name,
       f.name_en,
       f.kind,
       f.accuracy,
       f.source_text,
       f.properties::text AS properties,
       ST_AsGeoJSON(CASE WHEN ST_Dimension(f.geom) = 2 THEN ST_ForcePolygonCCW(f.geom) ELSE f.geom END, 7)
         AS geometry, -- ST_ForcePolygonCCW alone would reverse lines (PostGIS 3.3)
       s.tasks,
       f.version,
       f.accuracy_class,
       f.accuracy_m,
       f.accuracy_source,
       f.accuracy_source_en,
       f.accuracy_vi,
       s.flat,
       f.sort_order
  FROM linked f
  JOIN by_set s ON s.task_set = f.task_set
 ORDER BY f.layer_id, f.sort_order, f.id
