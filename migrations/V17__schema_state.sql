-- planmap schema v17: what the last migration run left, so that a start with the same migrations skips Flyway.
--
-- After Flyway has migrated and the service's role has its rights, the owner writes one row: the SHA-256 of the
-- migration files (names and bytes, db/migration in the jar), the service role it granted, and the newest
-- installed_rank of flyway_schema_history. A start whose files, role and history all match changes nothing by
-- running Flyway (its scan, validation and owner connections cost about a second of a cold JVM), so it skips it;
-- any difference (a new or edited migration, another planmap that migrated, another service role) runs Flyway
-- as before (db/Database.migrate).

CREATE TABLE schema_state (
  singleton         boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
  migrations_sha256 text        NOT NULL CHECK (migrations_sha256 ~ '^[0-9a-f]{64}$'),
  service_role      text        NOT NULL,
  history_rank      integer     NOT NULL,
  migrated_at       timestamptz NOT NULL DEFAULT now()
);

-- As v4's, and the service may only read schema_state (it could otherwise make a start skip a migration).
CREATE OR REPLACE FUNCTION grant_service_role(service_role text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s text := current_schema();
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, service_role);
  EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, service_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, service_role);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON TABLE %I.flyway_schema_history FROM %I', s, service_role);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON TABLE %I.schema_state FROM %I', s, service_role);
  EXECUTE format('REVOKE UPDATE, DELETE ON TABLE %I.history FROM %I', s, service_role);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, service_role);
END $$;

REVOKE EXECUTE ON FUNCTION grant_service_role(text) FROM PUBLIC;
