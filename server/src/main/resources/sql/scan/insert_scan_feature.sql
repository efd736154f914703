-- Records that a place was traced over a scan; a second save over the same scan adds nothing.
INSERT INTO scan_feature (scan_id, feature_id, linked_by)
SELECT s.id, f.id, ?
  FROM scan s, feature f
 WHERE s.id = ? AND s.deleted_at IS NULL AND f.id = ?
ON CONFLICT (scan_id, feature_id) DO NOTHING
RETURNING scan_id
