INSERT INTO app_user (username, display_name, password_hash, role) VALUES (?, ?, ?, ?) RETURNING id
