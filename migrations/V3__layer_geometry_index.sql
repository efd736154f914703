-- A bbox query names its layers: one GiST index over (layer_id, geom) finds a layer's features in a box
-- without wading through the other layers' features in the same box (btree_gist gives text a GiST class).
-- btree_gist is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;
CREATE INDEX IF NOT EXISTS feature_layer_geom_idx ON feature USING gist (layer_id, geom);
