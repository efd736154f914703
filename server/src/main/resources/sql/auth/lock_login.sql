-- Serialises the sign-ins of one address, then of one username (bound in that order; always this order, so two
-- sign-ins never wait on each other crosswise), until the transaction ends. Works across planmap instances.
SELECT pg_advisory_xact_lock(1001, hashtext(?)), pg_advisory_xact_lock(1002, hashtext(?))
