-- Live scans (the one with the bound id, or those traced over by the bound feature, or all), newest first,
-- as JSON: metadata, the georeference (control points, residuals, corners) and the places traced over each.
SELECT json_build_object(
         'id', s.id, 'filename', s.filename, 'content_type', s.content_type,
         'width', s.width_px, 'height', s.height_px, 'size', s.size_bytes,
         'uploaded_by', s.uploaded_by_name, 'uploaded_at', s.uploaded_at,
         'georeferenced', s.georeference IS NOT NULL,
         'georeference', s.georeference,
         'georeferenced_by', s.georeferenced_by, 'georeferenced_at', s.georeferenced_at,
         'href', '/scans/' || s.id, 'image', '/scans/' || s.id || '/image',
         'places', (SELECT COALESCE(json_agg(json_build_object('id', f.id, 'name', f.name, 'layer', f.layer_id,
                                   'linked_by', l.linked_by, 'linked_at', l.linked_at) ORDER BY l.linked_at, f.id), '[]')
                      FROM scan_feature l JOIN feature f ON f.id = l.feature_id WHERE l.scan_id = s.id))::text
  FROM scan s
 WHERE s.deleted_at IS NULL
   AND (?::bigint IS NULL OR s.id = ?::bigint)
   AND (?::text IS NULL OR EXISTS (SELECT 1 FROM scan_feature l WHERE l.scan_id = s.id AND l.feature_id = ?::text))
 ORDER BY s.uploaded_at DESC, s.id DESC
