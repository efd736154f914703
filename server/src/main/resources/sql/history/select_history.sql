-- The history of one entity (or of every entity of a kind when the id is NULL), newest first.
SELECT id, entity, entity_id, action, username, at, before::text, after::text
  FROM history
 WHERE entity = ? AND (?::text IS NULL OR entity_id = ?::text)
 ORDER BY at DESC, id DESC
 LIMIT ?
