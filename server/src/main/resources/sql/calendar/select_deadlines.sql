-- The dated tasks as calendar events, by due date: every dated task, or those one agency leads or partners on.
-- revisions counts the task's history rows (edits, reports, reviews), so it grows with every change (the
-- event's SEQUENCE); revised_at is the latest of them, or when the programme was loaded (its DTSTAMP).
-- Parameters: today (for timeliness), agency id (NULL: all).
WITH p AS (SELECT ?::date AS today, ?::text AS agency)
SELECT t.code, t.content, t.lead_text, t.product, t.deadline_text, t.due_date,
       st.progress, st.timeliness, st.days_late, st.days_overdue,
       (SELECT count(*) FROM history h WHERE h.entity = 'task' AND h.entity_id = t.code) AS revisions,
       COALESCE((SELECT max(h.at) FROM history h WHERE h.entity = 'task' AND h.entity_id = t.code),
                (SELECT d.loaded_at FROM dataset_state d)) AS revised_at
  FROM task t
 CROSS JOIN p
 CROSS JOIN LATERAL task_state(t.code, t.due_date, p.today, NULL) st
 WHERE t.due_date IS NOT NULL
   AND (p.agency IS NULL OR EXISTS (SELECT 1 FROM task_agency ta WHERE ta.task_code = t.code AND ta.agency_id = p.agency))
 ORDER BY t.due_date, t.sort_order
