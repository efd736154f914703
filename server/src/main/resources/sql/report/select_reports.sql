-- Reports (of one task, or the one with the bound id; filed up to as_of when given), newest first, as JSON,
-- with their attachments.
SELECT json_build_object(
         'id', r.id, 'task', r.task_code, 'agency', r.agency_id, 'agency_name', a.name_vi, 'status', r.status,
         'report_date', r.report_date, 'text', r.text, 'document_ref', r.document_ref, 'accepted', r.accepted,
         'reported_by', u.display_name, 'created_at', r.created_at,
         'attachments', (SELECT COALESCE(json_agg(json_build_object('id', x.id, 'filename', x.filename,
                                 'content_type', x.content_type, 'size', x.size_bytes,
                                 'href', '/reports/' || r.id || '/attachments/' || x.id) ORDER BY x.id), '[]')
                           FROM attachment x WHERE x.report_id = r.id))::text,
       r.user_id
  FROM progress_report r
  JOIN agency a ON a.id = r.agency_id
  JOIN app_user u ON u.id = r.user_id
 WHERE (?::text IS NULL OR r.task_code = ?::text)
   AND (?::bigint IS NULL OR r.id = ?::bigint)
   AND (?::timestamptz IS NULL OR r.created_at <= ?::timestamptz)
 ORDER BY r.created_at DESC, r.id DESC
