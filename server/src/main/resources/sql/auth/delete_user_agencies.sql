DELETE FROM user_agency WHERE user_id = ?
