UPDATE scan
   SET georeference = ?::jsonb, footprint = ST_GeomFromText(?, 4326), georeferenced_by = ?,
       georeferenced_at = now()
 WHERE id = ? AND deleted_at IS NULL
