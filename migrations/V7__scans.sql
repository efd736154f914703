-- planmap schema v7: scanned plan sheets (PNG or JPEG) kept in the database so every instance serves them,
-- their georeference (control points and the affine fit in VN-2000 / TM-3 Thanh Hóa, EPSG:5897), and the
-- places traced over them.

CREATE TABLE scan (
  id                bigserial PRIMARY KEY,
  filename          text    NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
  content_type      text    NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
  width_px          integer NOT NULL CHECK (width_px > 0),
  height_px         integer NOT NULL CHECK (height_px > 0),
  size_bytes        integer NOT NULL CHECK (size_bytes > 0),
  sha256            text    NOT NULL,
  data              bytea,                        -- NULL once the scan is deleted (the record stays)
  uploaded_by       bigint  REFERENCES app_user (id),
  uploaded_by_name  text    NOT NULL,
  uploaded_at       timestamptz NOT NULL DEFAULT now(),
  -- the georeference: {"crs": "EPSG:5897", "points": [...], "affine": [...], "rms_m": n}; NULL until set
  georeference      jsonb,
  -- the sheet's outline on the ground (WGS84), from the affine fit of its four corners
  footprint         geometry(Polygon, 4326),
  georeferenced_by  text,
  georeferenced_at  timestamptz,
  deleted_by        text,
  deleted_at        timestamptz,
  CHECK ((deleted_at IS NULL) = (data IS NOT NULL))
);
CREATE INDEX scan_live_idx ON scan (uploaded_at DESC) WHERE deleted_at IS NULL;

-- A place saved (its geometry redrawn) while the scan was shown on the map.
CREATE TABLE scan_feature (
  scan_id     bigint NOT NULL REFERENCES scan (id),
  feature_id  text   NOT NULL REFERENCES feature (id) ON DELETE CASCADE,
  linked_by   text   NOT NULL,
  linked_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scan_id, feature_id)
);
CREATE INDEX scan_feature_feature_idx ON scan_feature (feature_id);
