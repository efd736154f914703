INSERT INTO dataset_state (singleton, content_hash, version, loaded_at)
VALUES (true, ?, 1, now())
ON CONFLICT (singleton) DO UPDATE
   SET content_hash = EXCLUDED.content_hash, version = dataset_state.version + 1, loaded_at = now()
