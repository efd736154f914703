-- Every write changes the data version, so that every ETag changes.
UPDATE dataset_state SET version = version + 1
