-- A deleted scan keeps its record (who uploaded, georeferenced and deleted it, and when) but not its image.
UPDATE scan SET data = NULL, deleted_by = ?, deleted_at = now() WHERE id = ? AND deleted_at IS NULL
