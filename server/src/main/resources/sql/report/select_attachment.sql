SELECT filename, content_type, data FROM attachment WHERE report_id = ? AND id = ? AND removed_at IS NULL
