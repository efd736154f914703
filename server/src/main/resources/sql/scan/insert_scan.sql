-- A new scanned sheet: who uploaded it and when (now).
INSERT INTO scan (filename, content_type, width_px, height_px, size_bytes, sha256, data, uploaded_by,
                  uploaded_by_name)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
