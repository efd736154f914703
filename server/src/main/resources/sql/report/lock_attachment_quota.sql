-- Serialises the quota check and insert of attachments until the transaction ends (across instances too).
SELECT pg_advisory_xact_lock(1004, 0)
