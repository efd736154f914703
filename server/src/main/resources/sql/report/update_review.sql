-- An editor's review of a report: accepted or rejected, with a reason, who and when (the service's clock).
-- Parameters: review, reason, editor's user id, reviewed_at, report id.
UPDATE progress_report SET review = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?
 WHERE id = ?
RETURNING task_code
