-- Rows whose ids are no longer in geodata/ (bound as arrays: tasks, features, layers, tasks, sections, agencies).
-- Indicators and agency links are rewritten whole by the loader. A place that someone edited, created or imported
-- in planmap (it has history) belongs to the office, not to the files: it stays, with its task links (only links
-- to tasks the programme no longer has go), and so does the layer that holds it.
DELETE FROM feature_task ft
 WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = 'feature' AND h.entity_id = ft.feature_id)
    OR NOT (ft.task_code = ANY (?));
DELETE FROM task_agency;
DELETE FROM indicator;
DELETE FROM feature f
 WHERE NOT (f.id = ANY (?))
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = 'feature' AND h.entity_id = f.id);
DELETE FROM layer l WHERE NOT (l.id = ANY (?)) AND NOT EXISTS (SELECT 1 FROM feature f WHERE f.layer_id = l.id);
DELETE FROM task    WHERE NOT (code = ANY (?));
DELETE FROM section WHERE NOT (code = ANY (?));
DELETE FROM agency  WHERE NOT (id = ANY (?));
