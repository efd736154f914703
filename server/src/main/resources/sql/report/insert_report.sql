INSERT INTO progress_report (task_code, agency_id, user_id, status, report_date, text, document_ref)
VALUES (?, ?, ?, ?, ?, ?, ?)
RETURNING id
