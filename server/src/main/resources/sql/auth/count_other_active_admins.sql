SELECT count(*) FROM app_user WHERE role = 'admin' AND NOT disabled AND id <> ?
