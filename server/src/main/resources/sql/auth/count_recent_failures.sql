-- Failed logins within the last given seconds: for this username, and from this address.
SELECT count(*) FILTER (WHERE username = ?), count(*) FILTER (WHERE remote = ?)
  FROM login_attempt
 WHERE NOT success AND at > now() - make_interval(secs => ?)
