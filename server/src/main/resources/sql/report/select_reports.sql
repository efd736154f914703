-- Reports as JSON with their attachments (removed ones left out), the author's user id and the task code. Parameters (NULL: no
-- filter): p.task (one task's reports), p.id (one report), p.as_of (filed up to then), p.reviews (review states),
-- p.agencies (reported for one of these agencies). One task's reports come newest first; across tasks (the
-- review queue) pending reports come first, then the newest.
WITH p AS (
  SELECT ?::text AS task, ?::bigint AS id, ?::timestamptz AS as_of, ?::text[] AS reviews, ?::text[] AS agencies
)
SELECT json_build_object(
         'id', r.id, 'task', r.task_code, 'task_content', t.content, 'due_date', t.due_date,
         'agency', r.agency_id, 'agency_name', a.name_vi, 'status', r.status,
         'report_date', r.report_date, 'filed_at', r.filed_at, 'text', r.text, 'document_ref', r.document_ref,
         'review', r.review, 'review_reason', r.review_reason, 'reviewed_by', rv.display_name,
         'reviewed_at', r.reviewed_at, 'needed_review', r.needs_review,
         'reported_by', u.display_name, 'user_id', r.user_id,
         'attachments', (SELECT COALESCE(json_agg(json_build_object('id', x.id, 'filename', x.filename,
                                 'content_type', x.content_type, 'size', x.size_bytes,
                                 'href', '/reports/' || r.id || '/attachments/' || x.id) ORDER BY x.id), '[]')
                           FROM attachment x WHERE x.report_id = r.id AND x.removed_at IS NULL))::text,
       r.user_id,
       r.task_code
  FROM progress_report r
 CROSS JOIN p
  JOIN task t ON t.code = r.task_code
  JOIN agency a ON a.id = r.agency_id
  JOIN app_user u ON u.id = r.user_id
  LEFT JOIN app_user rv ON rv.id = r.reviewed_by
 WHERE (p.task IS NULL OR r.task_code = p.task)
   AND (p.id IS NULL OR r.id = p.id)
   AND (p.as_of IS NULL OR r.filed_at <= p.as_of)
   AND (p.reviews IS NULL OR r.review = ANY (p.reviews))
   AND (p.agencies IS NULL OR r.agency_id = ANY (p.agencies))
 ORDER BY CASE WHEN p.task IS NULL AND r.review = 'pending' THEN 0 ELSE 1 END, r.filed_at DESC, r.id DESC
 LIMIT 1000
