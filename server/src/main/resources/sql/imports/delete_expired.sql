-- Imports past their expiry are forgotten (applied ones too: the history keeps what they changed).
DELETE FROM pending_import WHERE expires_at < ?
