-- A sign-in attempt, recorded as failed before its password is checked (update_attempt_succeeded clears it),
-- unless the username or the address already has too many failures within the window: then no row, and the
-- caller answers 429. Runs under lock_login, so parallel attempts are counted one after another.
-- Parameters: username, address, username, window (s), most failures per username, address, window (s), most
-- failures per address.
INSERT INTO login_attempt (username, remote, success)
SELECT ?, ?, false
 WHERE (SELECT count(*) FROM login_attempt
         WHERE username = ? AND NOT success AND at > now() - make_interval(secs => ?)) < ?
   AND (SELECT count(*) FROM login_attempt
         WHERE remote = ? AND NOT success AND at > now() - make_interval(secs => ?)) < ?
RETURNING id
