INSERT INTO history (entity, entity_id, action, user_id, username, before, after, note)
VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
