-- Items sorted by name (sortby=name) follow the Vietnamese alphabet: a, ă, â, b, c, d, đ, e, ê, … (ICU's
-- Vietnamese collation; tones and case only break ties between names otherwise equal). The collation is
-- deterministic (PostgreSQL's default), so names equal in it are equal byte for byte and a keyset cursor over
-- (name, id) is exact. The index serves the first pages of a layer sorted by name, and the cursor's comparison.
CREATE COLLATION IF NOT EXISTS vietnamese (provider = icu, locale = 'vi');

CREATE INDEX feature_layer_name_idx ON feature (layer_id, name COLLATE vietnamese, id);
