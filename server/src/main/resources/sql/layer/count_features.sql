SELECT count(*) FROM feature f WHERE {{where}}
