-- Whether the schema is as the last migration run left it (migrations/V17__schema_state.sql): the same migration
-- files (1: their SHA-256), the same service role granted (2: '' when the service owns the schema) and no
-- migration run since (the newest installed_rank). No row before V17; an error before any migration.
SELECT s.migrations_sha256 = ? AND s.service_role = ?
       AND s.history_rank = (SELECT max(installed_rank) FROM flyway_schema_history) AS current
  FROM schema_state s
