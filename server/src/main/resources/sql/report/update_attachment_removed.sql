-- Marks an attachment removed (kept for the record; the history says who and when). Parameters: removed_at,
-- report id, attachment id. Returns the file's name, or nothing when there is no such attachment left.
UPDATE attachment SET removed_at = ? WHERE report_id = ? AND id = ? AND removed_at IS NULL
RETURNING filename
