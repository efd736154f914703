package vn.thanhhoa.planmap.layer;

import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.geo.PositionFilter;

/**
 * Rewrites a GeoJSON geometry read from PostGIS (CRS84) into the CRS a client asked for with {@code crs}:
 * through the exports' {@link CoordinateTransformer} (same datum shift, same rounding), in the CRS's axis
 * order (latitude first for EPSG:4326). CRS84 passes through untouched. One per request (not thread-safe).
 */
final class GeometryProjection implements UnaryOperator<String> {
  private final CrsReference crs;
  private final CoordinateTransformer transformer;
  private final GeoJsonReader reader = new GeoJsonReader();
  private final GeoJsonWriter writer;

  GeometryProjection(CrsReference crs) {
    this.crs = crs;
    this.transformer = new CoordinateTransformer(crs.crs());
    this.writer = new GeoJsonWriter(crs.crs().decimals());
    writer.setEncodeCRS(false);
  }

  @Override
  public String apply(String geoJson) {
    if (crs == CrsReference.CRS84 || geoJson == null) {
      return geoJson;
    }
    Geometry g;
    try {
      g = reader.read(geoJson);
    } catch (ParseException e) {
      throw new IllegalStateException("PostGIS wrote unreadable GeoJSON", e);
    }
    Geometry out = transformer.transform(g);
    if (crs.latitudeFirst()) {
      out.apply(new PositionFilter(PositionFilter.SWAP_AXES));
    }
    return writer.write(out);
  }
}
