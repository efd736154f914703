-- planmap schema v8: a task's progress and timeliness, defined once (they replace task_status and
-- task_overdue); when a report was filed beside the day it claims, and the editors' review of claims.

-- A report keeps when it was filed (the service's clock) beside the day it claims (report_date).
ALTER TABLE progress_report RENAME COLUMN created_at TO filed_at;
ALTER INDEX progress_report_task_idx RENAME TO progress_report_task_filed_idx;

-- The review of a report: pending (a back-dated claim waiting for an editor), accepted or rejected. needs_review
-- records whether it was filed pending, so that an as-of view before the review shows it as it was then.
ALTER TABLE progress_report
  ADD COLUMN review        text NOT NULL DEFAULT 'accepted' CHECK (review IN ('pending', 'accepted', 'rejected')),
  ADD COLUMN needs_review  boolean NOT NULL DEFAULT false,
  ADD COLUMN review_reason text,
  ADD COLUMN reviewed_by   bigint REFERENCES app_user (id),
  ADD COLUMN reviewed_at   timestamptz;
UPDATE progress_report SET review = CASE WHEN accepted THEN 'accepted' ELSE 'rejected' END;
ALTER TABLE progress_report DROP COLUMN accepted;
CREATE INDEX progress_report_pending_idx ON progress_report (filed_at) WHERE review = 'pending';

-- An attachment may be removed by its report's author: it is kept, marked removed (the history says who and when).
ALTER TABLE attachment ADD COLUMN removed_at timestamptz;

-- Whether a new report must wait for an editor: it claims submitted or done on or before the due date, but is
-- filed (day in Thanh Hóa) after that date.
CREATE FUNCTION report_needs_review(status text, report_date date, due date, filed_at timestamptz)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT status IN ('submitted', 'done') AND due IS NOT NULL AND report_date <= due
     AND (filed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > due
$$;

-- Whether a report counts for its task at as_of (NULL: now): filed by then, and accepted as its review stood
-- then (a review made after as_of did not exist yet: the report was then pending if it needed review,
-- accepted otherwise).
CREATE FUNCTION report_counts(r progress_report, as_of timestamptz)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT (as_of IS NULL OR r.filed_at <= as_of)
     AND CASE WHEN as_of IS NULL OR r.reviewed_at IS NULL OR r.reviewed_at <= as_of THEN r.review = 'accepted'
              ELSE NOT r.needs_review END
$$;

-- A task's state on a day:
--   progress     its latest counting report's status (by filing order), or not_reported;
--   timeliness   ongoing (no due date); on_time / late (progress submitted or done, first claimed on or before /
--                after the due date); overdue (past due, not submitted or done); due_soon (due within 30 days);
--                open (due later);
--   days_late    days between the due date and the first submitted/done claim, when late;
--   days_overdue days between the due date and the day, when overdue;
--   finished_on  the day of the first counting submitted/done claim.
CREATE TYPE task_state AS (progress text, timeliness text, days_late integer, days_overdue integer,
                           finished_on date);

CREATE FUNCTION task_state(task text, due date, today date, as_of timestamptz)
RETURNS task_state LANGUAGE sql STABLE AS $$
  WITH counted AS (
    SELECT r.status, r.report_date, r.filed_at, r.id FROM progress_report r
     WHERE r.task_code = task AND report_counts(r, as_of)
  ), s AS (
    SELECT COALESCE((SELECT c.status FROM counted c ORDER BY c.filed_at DESC, c.id DESC LIMIT 1),
                    'not_reported') AS progress,
           (SELECT min(c.report_date) FROM counted c WHERE c.status IN ('submitted', 'done')) AS finished_on
  ), d AS (
    SELECT s.progress, s.progress IN ('submitted', 'done') AS finished, s.finished_on FROM s
  )
  SELECT ROW(d.progress,
             CASE WHEN due IS NULL THEN 'ongoing'
                  WHEN d.finished AND d.finished_on <= due THEN 'on_time'
                  WHEN d.finished THEN 'late'
                  WHEN due < today THEN 'overdue'
                  WHEN due <= today + 30 THEN 'due_soon'
                  ELSE 'open' END,
             CASE WHEN due IS NOT NULL AND d.finished AND d.finished_on > due THEN d.finished_on - due END,
             CASE WHEN due IS NOT NULL AND NOT d.finished AND due < today THEN today - due END,
             CASE WHEN d.finished THEN d.finished_on END)::task_state
    FROM d
$$;

-- Every task's state on a day, for lists, counts and reports.
CREATE FUNCTION task_states(today date, as_of timestamptz)
RETURNS TABLE (code text, due_date date, progress text, timeliness text, days_late integer, days_overdue integer,
               finished_on date)
LANGUAGE sql STABLE AS $$
  SELECT t.code, t.due_date, s.progress, s.timeliness, s.days_late, s.days_overdue, s.finished_on
    FROM task t CROSS JOIN LATERAL task_state(t.code, t.due_date, today, as_of) s
$$;

DROP FUNCTION task_overdue(text, date, date, timestamptz);
DROP FUNCTION task_status(text, timestamptz);
