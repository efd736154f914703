-- planmap schema v2: accounts and sessions, progress reports with attachments, an immutable history of every
-- report and edit, optimistic-locking versions, and the one definition of "overdue".

CREATE TABLE app_user (
  id            bigserial PRIMARY KEY,
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('reporter', 'editor', 'admin')),
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_agency (
  user_id   bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  agency_id text   NOT NULL REFERENCES agency (id),
  PRIMARY KEY (user_id, agency_id)
);

-- A session cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE user_session (
  token_hash text PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE login_attempt (
  id       bigserial PRIMARY KEY,
  username text NOT NULL,
  remote   text NOT NULL,
  success  boolean NOT NULL,
  at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_recent_idx ON login_attempt (username, at);

CREATE TABLE progress_report (
  id           bigserial PRIMARY KEY,
  task_code    text NOT NULL REFERENCES task (code),
  agency_id    text NOT NULL REFERENCES agency (id),
  user_id      bigint NOT NULL REFERENCES app_user (id),
  status       text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'submitted', 'done', 'blocked')),
  report_date  date NOT NULL,
  text         text NOT NULL DEFAULT '',
  document_ref text,
  accepted     boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX progress_report_task_idx ON progress_report (task_code, created_at);

CREATE TABLE attachment (
  id           bigserial PRIMARY KEY,
  report_id    bigint NOT NULL REFERENCES progress_report (id),
  filename     text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes   integer NOT NULL,
  sha256       text NOT NULL,
  data         bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

-- Every report and every edit, as it happened: never updated, never deleted (the triggers refuse).
-- before/after hold the changed entity's state (a feature's geometry as EWKT under "geom").
CREATE TABLE history (
  id        bigserial PRIMARY KEY,
  entity    text NOT NULL CHECK (entity IN ('feature', 'task', 'report', 'user')),
  entity_id text NOT NULL,
  action    text NOT NULL,
  user_id   bigint REFERENCES app_user (id),
  username  text NOT NULL,
  at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  before    jsonb,
  after     jsonb
);
CREATE INDEX history_entity_idx ON history (entity, entity_id, at);

CREATE FUNCTION history_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history rows are immutable';
END $$;
CREATE TRIGGER history_no_update BEFORE UPDATE OR DELETE ON history
  FOR EACH ROW EXECUTE FUNCTION history_is_immutable();

ALTER TABLE feature ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE task    ADD COLUMN version integer NOT NULL DEFAULT 1;

-- Overdue: the due date has passed and no accepted report says submitted or done by then.
-- as_of limits the reports to those filed up to that moment (NULL: all).
CREATE FUNCTION task_overdue(task_code text, due date, today date, as_of timestamptz)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT due IS NOT NULL AND due < today
     AND NOT EXISTS (SELECT 1 FROM progress_report r
                      WHERE r.task_code = task_overdue.task_code AND r.accepted
                        AND r.status IN ('submitted', 'done') AND r.report_date <= due
                        AND (as_of IS NULL OR r.created_at <= as_of))
$$;

-- A task's status: its latest accepted report (filed up to as_of), or not_reported.
CREATE FUNCTION task_status(task_code text, as_of timestamptz)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT r.status FROM progress_report r
                    WHERE r.task_code = task_status.task_code AND r.accepted
                      AND (as_of IS NULL OR r.created_at <= as_of)
                    ORDER BY r.created_at DESC, r.id DESC LIMIT 1), 'not_reported')
$$;

-- The features as they were at as_of: a feature edited since then takes the "before" state of its first
-- edit after that moment. Without as_of, the table as it is.
CREATE FUNCTION features_as_of(as_of timestamptz)
RETURNS SETOF feature LANGUAGE sql STABLE AS $$
  SELECT f.* FROM feature f
   WHERE as_of IS NULL
      OR NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = 'feature' AND h.entity_id = f.id AND h.at > as_of)
  UNION ALL
  SELECT (jsonb_populate_record(f, h.before)).*
    FROM feature f
    JOIN LATERAL (SELECT h.before FROM history h
                   WHERE h.entity = 'feature' AND h.entity_id = f.id AND h.at > as_of AND h.before IS NOT NULL
                   ORDER BY h.at, h.id LIMIT 1) h ON true
   WHERE as_of IS NOT NULL
$$;

-- A task's status now derives from its reports (task_status); the v1 column goes, so there is one way.
ALTER TABLE task DROP COLUMN status;
