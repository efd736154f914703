SELECT version
  FROM flyway_schema_history
 WHERE success AND version IS NOT NULL
 ORDER BY installed_rank DESC
 LIMIT 1
