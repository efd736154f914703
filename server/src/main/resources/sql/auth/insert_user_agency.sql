INSERT INTO user_agency (user_id, agency_id) VALUES (?, ?)
