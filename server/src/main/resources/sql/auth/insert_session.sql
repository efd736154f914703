INSERT INTO user_session (token_hash, user_id, csrf_token, expires_at)
VALUES (?, ?, ?, now() + make_interval(secs => ?))
