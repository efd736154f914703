-- A task's progress now (task_state, migration V8), for the history row of a report.
SELECT (task_state(t.code, t.due_date, ?::date, NULL)).progress FROM task t WHERE t.code = ?
