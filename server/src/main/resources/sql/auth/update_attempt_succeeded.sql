UPDATE login_attempt SET success = true WHERE id = ?
