-- Rows whose ids are no longer in geodata/ (bound as arrays: features, layers, tasks, sections, agencies).
-- Links and indicators are rewritten whole by the loader.
DELETE FROM feature_task;
DELETE FROM task_agency;
DELETE FROM indicator;
DELETE FROM feature WHERE NOT (id = ANY (?));
DELETE FROM layer   WHERE NOT (id = ANY (?));
DELETE FROM task    WHERE NOT (code = ANY (?));
DELETE FROM section WHERE NOT (code = ANY (?));
DELETE FROM agency  WHERE NOT (id = ANY (?));
