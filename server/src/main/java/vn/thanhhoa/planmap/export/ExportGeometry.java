package vn.thanhhoa.planmap.export;

import org.locationtech.jts.geom.Geometry;
import vn.thanhhoa.planmap.accuracy.CoordinatePrecision;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.Crs;

/**
 * A feature's geometry as exports write it: with RFC 7946's winding ({@link RingWinding}), in WGS84 and in the export's
 * CRS (transformed with {@link CoordinateTransformer}), each rounded to what the feature's accuracy warrants ({@link CoordinatePrecision}).
 *
 * <p>Not thread-safe (the transform keeps state): make one per export.
 */
final class ExportGeometry {
  private final CoordinateTransformer transformer;
  private final boolean geographic;

  /** The geometry in WGS84 lon/lat and in the export's CRS (the same object for WGS84). */
  record Pair(Geometry wgs84, Geometry target) {}

  ExportGeometry(Crs crs) {
    this.transformer = new CoordinateTransformer(crs);
    this.geographic = crs.proj4().contains("+proj=longlat");
  }

  /**
   * @param stored    the geometry as stored, WGS84 lon/lat
   * @param accuracyM the radius of the feature's stated uncertainty, metres
   */
  Pair of(Geometry stored, double accuracyM) {
    Geometry wgs84 = RingWinding.rfc7946(stored);
    wgs84.setSRID(Crs.WGS84.epsg());
    if (transformer.target() == Crs.WGS84) {
      Geometry rounded = CoordinatePrecision.round(wgs84, accuracyM, true);
      return new Pair(rounded, rounded);
    }
    Geometry target = CoordinatePrecision.round(transformer.transform(wgs84), accuracyM, geographic);
    return new Pair(CoordinatePrecision.round(wgs84, accuracyM, true), target);
  }
}
