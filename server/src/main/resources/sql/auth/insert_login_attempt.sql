INSERT INTO login_attempt (username, remote, success) VALUES (?, ?, ?)
