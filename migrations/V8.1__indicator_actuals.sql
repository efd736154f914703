-- planmap schema v8.1: the section II indicators' actual values, one per indicator and year, entered by editors
-- (every change is a history row of entity 'indicator'). No foreign key to indicator: the geodata loader rewrites
-- that table whole, and the actual values must outlive it; the API checks the indicator exists.
CREATE TABLE indicator_actual (
  indicator_id text    NOT NULL,
  year         integer NOT NULL CHECK (year BETWEEN 2021 AND 2100),
  value        numeric NOT NULL,
  note         text    NOT NULL DEFAULT '',
  updated_by   bigint  NOT NULL REFERENCES app_user (id),
  updated_at   timestamptz NOT NULL,
  PRIMARY KEY (indicator_id, year)
);

ALTER TABLE history DROP CONSTRAINT history_entity_check;
ALTER TABLE history ADD CONSTRAINT history_entity_check
  CHECK (entity IN ('feature', 'task', 'report', 'user', 'indicator'));
