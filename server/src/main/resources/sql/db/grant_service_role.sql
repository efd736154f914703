-- Gives the service's role (bound) its rights on every table of the schema (migrations/V4__service_role_grants.sql).
SELECT grant_service_role(?)
