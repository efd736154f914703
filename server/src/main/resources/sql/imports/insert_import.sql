INSERT INTO pending_import (id, user_id, filename, format, crs, document, expires_at)
VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
