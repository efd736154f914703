-- The programme's tasks an export holds, in programme order: those matching the task filters, plus those
-- named in parameter 8 (the tasks linked to the exported features, so that a GeoPackage's feature_tasks
-- links all resolve). An empty array or a NULL means "no filter". Every value is a bound parameter:
--   1 task codes, 2 lead agency ids, 3 due on or before, 4 due on or after, 5 overdue (true/false/NULL),
--   6 today (for "overdue"), 7 the exported layers (for the place names), 8 task codes always included,
--   9 as_of (reports filed up to then count; NULL: all).
WITH p AS (
  SELECT ?::text[] AS codes, ?::text[] AS leads, ?::date AS due_before, ?::date AS due_after,
         ?::boolean AS overdue, ?::date AS today, ?::text[] AS layers, ?::text[] AS linked,
         ?::timestamptz AS as_of
), t AS (
  -- a task's status, and whether it is overdue on p.today, are decided here and only here
  SELECT t.code, t.section, t.content, t.lead_text, t.partners_text, t.product, t.deadline_text, t.due_date,
         t.sort_order,
         task_status(t.code, p.as_of) AS status,
         task_overdue(t.code, t.due_date, p.today, p.as_of) AS overdue
    FROM task t, p
)
SELECT t.code, t.section, t.content, t.lead_text, t.partners_text, t.product, t.deadline_text, t.due_date,
       t.status, t.overdue,
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
        AND (p.overdue IS NULL OR t.overdue = p.overdue))
    OR t.code = ANY (p.linked)
 ORDER BY t.sort_order
