-- Serialises changes of accounts until the transaction ends, so two admins demoting each other cannot both
-- pass the last-admin check.
SELECT pg_advisory_xact_lock(1003, 0)
