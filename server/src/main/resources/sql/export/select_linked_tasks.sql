-- Every task as a feature of an export links it, read once per export: code, content, lead, deadline, due date,
-- and progress and timeliness on p.today from task_state (V8), counting reports filed up to p.as_of (NULL: all).
-- Parameters: today, as_of.
WITH p AS (SELECT ?::date AS today, ?::timestamptz AS as_of)
SELECT t.code, t.content, t.lead_text, t.deadline_text, t.due_date, st.progress, st.timeliness
  FROM task t CROSS JOIN p CROSS JOIN LATERAL task_state(t.code, t.due_date, p.today, p.as_of) st
 ORDER BY t.sort_order
