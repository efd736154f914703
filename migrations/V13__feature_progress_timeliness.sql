-- V13: a place's progress and timeliness as plain attributes (beside V9's task_codes, lead_agency, next_due), so
-- that GIS clients show, style and filter places by them. A place linked to several tasks takes the state of its
-- most pressing task: the worst timeliness (overdue, late, due_soon, open, on_time, ongoing), then the task's
-- order in the programme. Both come from V8's task_state(), the one definition of progress and timeliness.

-- The state (progress, timeliness, days late or overdue) of the place's most pressing task on `today`, from the
-- reports that count as of `as_of` (NULL: now); NULL when the place has no task.
CREATE FUNCTION feature_state(feature_id text, today date, as_of timestamptz) RETURNS task_state
LANGUAGE sql STABLE AS $$
  SELECT st
    FROM feature_task ft
    JOIN task t ON t.code = ft.task_code
   CROSS JOIN LATERAL task_state(t.code, t.due_date, today, as_of) st
   WHERE ft.feature_id = feature_state.feature_id
   ORDER BY array_position(ARRAY['overdue', 'late', 'due_soon', 'open', 'on_time', 'ongoing'], st.timeliness),
            t.sort_order
   LIMIT 1
$$;
