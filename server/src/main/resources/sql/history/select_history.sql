-- The history of one entity (or of every entity of a kind when the id is NULL), up to as_of when given,
-- newest first.
SELECT id, entity, entity_id, action, username, at, before::text, after::text, note
  FROM history
 WHERE entity = ? AND (?::text IS NULL OR entity_id = ?::text)
   AND (?::timestamptz IS NULL OR at <= ?::timestamptz)
 ORDER BY at DESC, id DESC
 LIMIT ?
