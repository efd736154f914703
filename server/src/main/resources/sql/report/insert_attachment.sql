INSERT INTO attachment (report_id, filename, content_type, size_bytes, sha256, data)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING id
