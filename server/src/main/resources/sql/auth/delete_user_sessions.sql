-- Ends a user's sessions, except the one whose token hash is bound second (NULL: all).
DELETE FROM user_session WHERE user_id = ? AND token_hash IS DISTINCT FROM ?::text
