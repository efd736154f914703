-- planmap schema v1: layers of features, the programme's tasks and agencies, and their links.
-- All geometries are WGS84 (EPSG:4326), lon/lat. All text is NFC-normalized UTF-8.

CREATE EXTENSION IF NOT EXISTS postgis;

-- What was loaded from geodata/: a content hash of the files, and a counter that every data change bumps
-- (the API's ETags derive from it).
CREATE TABLE dataset_state (
  singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  content_hash text        NOT NULL,
  version      bigint      NOT NULL,
  loaded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE layer (
  id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title_vi       text NOT NULL,
  title_en       text NOT NULL,
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  kinds          jsonb NOT NULL DEFAULT '[]',
  sort_order     integer NOT NULL
);

CREATE TABLE agency (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_vi     text NOT NULL,
  short_vi    text,
  name_en     text NOT NULL,
  kind        text NOT NULL,
  aliases     text[] NOT NULL DEFAULT '{}',
  search_text text NOT NULL
);

CREATE TABLE section (
  code       text PRIMARY KEY,
  title_vi   text NOT NULL,
  title_en   text NOT NULL,
  sort_order integer NOT NULL
);

CREATE TABLE task (
  code          text PRIMARY KEY,
  section       text NOT NULL REFERENCES section (code),
  number        integer,
  content       text NOT NULL,
  note          text,
  lead_text     text NOT NULL,
  partners_text text NOT NULL DEFAULT '',
  product       text NOT NULL DEFAULT '',
  deadline_text text NOT NULL,
  due_date      date,            -- NULL: ongoing for the life of the resolution (to 2030)
  status        text NOT NULL DEFAULT 'not_reported'
                CHECK (status IN ('not_reported', 'not_started', 'in_progress', 'submitted', 'done', 'blocked')),
  sort_order    integer NOT NULL,
  search_text   text NOT NULL
);

CREATE TABLE task_agency (
  task_code text NOT NULL REFERENCES task (code) ON DELETE CASCADE,
  agency_id text NOT NULL REFERENCES agency (id),
  role      text NOT NULL CHECK (role IN ('lead', 'partner')),
  PRIMARY KEY (task_code, agency_id, role)
);
CREATE INDEX task_agency_agency_idx ON task_agency (agency_id);

CREATE TABLE indicator (
  id          text PRIMARY KEY,
  section     text NOT NULL,
  name_vi     text NOT NULL,
  name_en     text NOT NULL,
  value       numeric NOT NULL,
  unit        text NOT NULL,
  unit_en     text NOT NULL,
  year        integer,
  period      text,
  source_text text NOT NULL,
  sort_order  integer NOT NULL
);

CREATE TABLE feature (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  layer_id    text NOT NULL REFERENCES layer (id) ON DELETE CASCADE,
  name        text NOT NULL,
  name_en     text NOT NULL DEFAULT '',
  kind        text NOT NULL,
  accuracy    text NOT NULL,
  source_text text NOT NULL DEFAULT '',
  properties  jsonb NOT NULL DEFAULT '{}',
  geom        geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  search_text text NOT NULL,
  sort_order  integer NOT NULL DEFAULT 0
);
CREATE INDEX feature_geom_idx ON feature USING gist (geom);
CREATE INDEX feature_layer_idx ON feature (layer_id, sort_order, id);

CREATE TABLE feature_task (
  feature_id text NOT NULL REFERENCES feature (id) ON DELETE CASCADE,
  task_code  text NOT NULL REFERENCES task (code) ON DELETE CASCADE,
  PRIMARY KEY (feature_id, task_code)
);
CREATE INDEX feature_task_task_idx ON feature_task (task_code);
