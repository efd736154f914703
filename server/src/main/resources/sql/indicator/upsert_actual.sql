-- An indicator's actual value for a year (insert or replace). Parameters: indicator id, year, value, note, user id,
-- updated_at (the service's clock).
INSERT INTO indicator_actual (indicator_id, year, value, note, updated_by, updated_at)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (indicator_id, year) DO UPDATE
  SET value = EXCLUDED.value, note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
