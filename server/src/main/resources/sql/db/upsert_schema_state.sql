-- Records what a migration run left (migrations/V17__schema_state.sql): 1 the migration files' SHA-256, 2 the service
-- role granted ('' when the service owns the schema), and the newest installed_rank of the history.
INSERT INTO schema_state (singleton, migrations_sha256, service_role, history_rank, migrated_at)
SELECT true, ?, ?, max(installed_rank), now() FROM flyway_schema_history
ON CONFLICT (singleton) DO UPDATE
   SET migrations_sha256 = EXCLUDED.migrations_sha256, service_role = EXCLUDED.service_role,
       history_rank = EXCLUDED.history_rank, migrated_at = now()
