-- A new report, filed at the bound moment (the service's clock). It waits for an editor (review 'pending') when
-- report_needs_review says so (a submitted/done claim dated on or before the due date, filed after it);
-- otherwise it counts at once ('accepted'). Parameters: task, agency, user, status, report_date, text,
-- document_ref, filed_at.
WITH v AS (
  SELECT ?::text AS task_code, ?::text AS agency_id, ?::bigint AS user_id, ?::text AS status, ?::date AS report_date,
         ?::text AS text, ?::text AS document_ref, ?::timestamptz AS filed_at
), n AS (
  SELECT v.*, report_needs_review(v.status, v.report_date, t.due_date, v.filed_at) AS needs_review
    FROM v JOIN task t ON t.code = v.task_code
)
INSERT INTO progress_report (task_code, agency_id, user_id, status, report_date, text, document_ref, filed_at,
                             needs_review, review)
SELECT task_code, agency_id, user_id, status, report_date, text, document_ref, filed_at, needs_review,
       CASE WHEN needs_review THEN 'pending' ELSE 'accepted' END
  FROM n
RETURNING id
