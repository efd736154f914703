-- V9.1 (ogc): a layer may belong to a group, another layer (its parent on the map): the mixed layers are split
-- so that each holds one geometry type, as GIS clients need, and the map still shows them as one.
ALTER TABLE layer ADD COLUMN group_id text REFERENCES layer (id) DEFERRABLE INITIALLY DEFERRED;
