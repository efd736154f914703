SELECT id, password_hash, disabled FROM app_user WHERE username = ?
