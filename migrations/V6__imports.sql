-- planmap schema v6: imported files waiting to be applied, and a note on history rows.
--
-- An import is read, checked and matched when it is uploaded; its features (WGS84) and matches wait here
-- for the editor's assignments for a day, in the database so that any instance of planmap can apply it.
CREATE TABLE pending_import (
  id         text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{16,64}$'),
  user_id    bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  filename   text NOT NULL,
  format     text NOT NULL,
  crs        text NOT NULL,
  document   jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  applied_at timestamptz
);
CREATE INDEX pending_import_expires_idx ON pending_import (expires_at);

-- Why a change was made, in words, when the action alone does not say it
-- (e.g. "imported from khu-do-thi.zip (Shapefile, EPSG:5897) by an.editor").
ALTER TABLE history ADD COLUMN note text;
