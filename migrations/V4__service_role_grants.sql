-- planmap schema v4: the service's database role, apart from the schema's owner.
--
-- Migrations run as the owner (PLANMAP_DB_OWNER_USER); the service (PLANMAP_DB_USER) owns nothing, so it can
-- neither TRUNCATE nor ALTER a table nor disable a trigger. After every migration the owner calls
-- grant_service_role(<service role>) (Database.migrate), which gives the service what the application needs on
-- every table of the schema, also those of later migrations: read, append, change and delete rows, except on
-- history (read and append only: its rows are never changed) and flyway_schema_history (read only).

CREATE FUNCTION grant_service_role(service_role text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s text := current_schema();
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, service_role);
  EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, service_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, service_role);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON TABLE %I.flyway_schema_history FROM %I', s, service_role);
  EXECUTE format('REVOKE UPDATE, DELETE ON TABLE %I.history FROM %I', s, service_role);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, service_role);
END $$;

-- The service may not run the grants for itself.
REVOKE EXECUTE ON FUNCTION grant_service_role(text) FROM PUBLIC;

-- Failed sign-ins counted per address (the throttle's second question) use an index of their own.
CREATE INDEX login_attempt_remote_idx ON login_attempt (remote, at);
