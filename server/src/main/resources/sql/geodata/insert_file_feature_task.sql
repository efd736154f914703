-- A task link from geodata/ (feature id, task code), unless someone has edited the place in planmap: then the
-- links they chose stand.
INSERT INTO feature_task (feature_id, task_code)
SELECT ?, ?
 WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = 'feature' AND h.entity_id = ?)
ON CONFLICT DO NOTHING
