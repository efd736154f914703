-- A live scan's file name (none when it is deleted or unknown): one end of a tracing link.
SELECT filename FROM scan WHERE id = ? AND deleted_at IS NULL
