-- The programme's tasks an export holds, in programme order: those matching the task filters, plus those
-- named in parameter 8 (the tasks linked to the exported features, so that a GeoPackage's feature_tasks
-- links all resolve). An empty array or a NULL means "no filter". Every value is a bound parameter:
--   1 task codes, 2 lead agency ids, 3 due on or before, 4 due on or after, 5 timeliness values (a task has one
--   of them; empty: no filter), 6 today (for timeliness), 7 the exported layers (for the place names), 8 task codes always included,
--   9 as_of (reports filed up to then count; NULL: all).
WITH p AS (
  SELECT ?::text[] AS codes, ?::text[] AS leads, ?::date AS due_before, ?::date AS due_after,
         ?::text[] AS timeliness, ?::date AS today, ?::text[] AS layers, ?::text[] AS linked,
         ?::timestamptz AS as_of
), t AS (
  -- a task's progress and timeliness on p.today come from task_state (migration V8), the one definition
  SELECT t.code, t.section, t.content, t.lead_text, t.partners_text, t.product, t.deadline_text, t.due_date,
         t.sort_order, st.progress, st.timeliness, st.days_late, st.days_overdue
    FROM task t CROSS JOIN p CROSS JOIN LATERAL task_state(t.code, t.due_date, p.today, p.as_of) st
)
SELECT t.code, t.section, t.content, t.lead_text, t.partners_text, t.product, t.deadline_text, t.due_date,
       t.progress, t.timeliness, t.days_late, t.days_overdue,
       COALESCE((SELECT string_agg(f.name, '; ' ORDER BY f.layer_id, f.sort_order, f.id)
                   FROM feature_task ft
                   JOIN feature f ON f.id = ft.feature_id
                  WHERE ft.task_code = t.code AND f.layer_id = ANY (p.layers)), '') AS places
  FROM t, p
 WHERE (    (cardinality(p.codes) = 0 OR t.code = ANY (p.codes))
        AND (cardinality(p.leads) = 0 OR EXISTS (SELECT 1 FROM task_agency ta
                                                  WHERE ta.task_code = t.code AND ta.role = 'lead'
                                                    AND ta.agency_id = ANY (p.leads)))
        AND (p.due_before IS NULL OR t.due_date <= p.due_before)
        AND (p.due_after IS NULL OR t.due_date >= p.due_after)
        AND (cardinality(p.timeliness) = 0 OR t.timeliness = ANY (p.timeliness)))
    OR t.code = ANY (p.linked)
 ORDER BY t.sort_order
