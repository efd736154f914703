-- The live session of a token hash: its user (not disabled) and CSRF token.
SELECT s.user_id, s.csrf_token
  FROM user_session s JOIN app_user u ON u.id = s.user_id
 WHERE s.token_hash = ? AND s.expires_at > now() AND NOT u.disabled
