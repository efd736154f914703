-- Programme tasks as JSON objects, in appendix order, filtered by the optional parameters of p
-- (a NULL parameter does not filter). Each task carries its lead and partner agencies, its due date,
-- its progress and timeliness on p.today counting the reports as they stood at p.as_of (NULL: now; task_state),
-- its version, and the places linked to it with their common bbox.
WITH p AS (
  SELECT ?::date    AS today,
         ?::timestamptz AS as_of,
         ?::text    AS code,
         ?::text[]  AS sections,
         ?::text[]  AS leads,
         ?::date    AS due_before,
         ?::date    AS due_after,
         ?::text[]  AS timeliness,
         ?::boolean AS ongoing,
         ?::text[]  AS words
)
SELECT json_build_object(
         'code', t.code,
         'section', t.section,
         'section_title', s.title_vi,
         'section_title_en', s.title_en,
         'number', t.number,
         'content', t.content,
         'note', t.note,
         'lead', (SELECT COALESCE(json_agg(json_build_object('id', a.id, 'name_vi', a.name_vi, 'short_vi', a.short_vi,
                                                             'name_en', a.name_en) ORDER BY a.name_vi), '[]')
                    FROM task_agency ta JOIN agency a ON a.id = ta.agency_id
                   WHERE ta.task_code = t.code AND ta.role = 'lead'),
         'lead_text', t.lead_text,
         'partners', (SELECT COALESCE(json_agg(json_build_object('id', a.id, 'name_vi', a.name_vi, 'short_vi', a.short_vi,
                                                                 'name_en', a.name_en) ORDER BY a.name_vi), '[]')
                        FROM task_agency ta JOIN agency a ON a.id = ta.agency_id
                       WHERE ta.task_code = t.code AND ta.role = 'partner'),
         'partners_text', t.partners_text,
         'product', t.product,
         'deadline_text', t.deadline_text,
         'due_date', t.due_date,
         'ongoing', t.due_date IS NULL,
         'progress', st.progress,
         'timeliness', st.timeliness,
         'days_late', st.days_late,
         'days_overdue', st.days_overdue,
         'version', t.version,
         'days_left', t.due_date - p.today,
         'places', (SELECT COALESCE(json_agg(json_build_object('id', f.id, 'layer', f.layer_id, 'name', f.name,
                                                               'name_en', f.name_en, 'kind', f.kind)
                                             ORDER BY f.layer_id, f.sort_order), '[]')
                      FROM feature_task ft JOIN feature f ON f.id = ft.feature_id
                     WHERE ft.task_code = t.code),
         'bbox', (SELECT CASE WHEN count(*) > 0 THEN json_build_array(
                           round(ST_XMin(ST_Extent(f.geom))::numeric, 6), round(ST_YMin(ST_Extent(f.geom))::numeric, 6),
                           round(ST_XMax(ST_Extent(f.geom))::numeric, 6), round(ST_YMax(ST_Extent(f.geom))::numeric, 6))
                         END
                    FROM feature_task ft JOIN feature f ON f.id = ft.feature_id
                   WHERE ft.task_code = t.code)
       )::text AS task
  FROM task t
  JOIN section s ON s.code = t.section
 CROSS JOIN p
 CROSS JOIN LATERAL task_state(t.code, t.due_date, p.today, p.as_of) st
 WHERE (p.code IS NULL OR t.code = p.code)
   AND (p.sections IS NULL OR t.section = ANY (p.sections))
   AND (p.leads IS NULL OR EXISTS (SELECT 1 FROM task_agency ta
                                    WHERE ta.task_code = t.code AND ta.role = 'lead' AND ta.agency_id = ANY (p.leads)))
   AND (p.due_before IS NULL OR t.due_date <= p.due_before)
   AND (p.due_after IS NULL OR t.due_date >= p.due_after)
   AND (p.timeliness IS NULL OR st.timeliness = ANY (p.timeliness))
   AND (p.ongoing IS NULL OR p.ongoing = (t.due_date IS NULL))
   AND (p.words IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(p.words) w WHERE position(w IN t.search_text) = 0))
 ORDER BY s.sort_order, t.sort_order
