SELECT content_type, sha256, data FROM scan WHERE id = ? AND deleted_at IS NULL
