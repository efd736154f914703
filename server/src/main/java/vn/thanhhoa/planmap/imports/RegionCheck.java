package vn.thanhhoa.planmap.imports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.geo.Region;

/**
 * The usual mistake of an import, caught and explained: coordinates read in the wrong CRS land far from
 * Thanh Hóa. Says how far (great-circle kilometres from the region's centre), and which of planmap's CRSs
 * would put them in the region, if any.
 */
final class RegionCheck {
  private static final double EARTH_RADIUS_KM = 6371.0088;
  /** The order in which CRSs are suggested: the province's own system first. */
  private static final Crs[] SUGGESTIONS = {Crs.VN2000_THANHHOA, Crs.VN2000_UTM48, Crs.WGS84};

  private RegionCheck() {}

  /**
   * Null when the WGS84 geometry lies in the region; otherwise the refusal.
   *
   * @param index  the feature's index
   * @param source the geometry in the file's coordinates
   * @param wgs84  the same transformed from {@code crs}
   */
  static ImportException problem(int index, Geometry source, Geometry wgs84, Crs crs) {
    if (Region.ENVELOPE.covers(wgs84.getEnvelopeInternal())) {
      return null;
    }
    Coordinate raw = source.getEnvelopeInternal().centre();
    Coordinate at = wgs84.getEnvelopeInternal().centre();
    Map<String, Object> extra = new LinkedHashMap<>();
    StringBuilder detail = new StringBuilder("feature " + index + ": ");
    if (Region.ENVELOPE.intersects(wgs84.getEnvelopeInternal())) {
      detail.append("part of it leaves the region planmap covers (").append(Region.ENVELOPE).append(")");
    } else if (Math.abs(at.y) <= 90 && Math.abs(at.x) <= 180 && Double.isFinite(at.x) && Double.isFinite(at.y)) {
      long km = Math.round(distanceKm(at, Region.ENVELOPE.centre()));
      extra.put("distance_km", km);
      detail.append(String.format(Locale.ROOT, "read as %s, these coordinates land %,d km from Thanh Hóa"
          + " (at %.4f° N, %.4f° E)", crs.title(), km, at.y, at.x));
    } else {
      detail.append(String.format(Locale.ROOT, "read as %s, these coordinates (x = %.2f, y = %.2f) are not on the"
          + " Earth", crs.title(), raw.x, raw.y));
    }
    Crs better = suggestion(raw, crs);
    if (better != null) {
      extra.put("suggested_crs", "EPSG:" + better.epsg());
      detail.append(String.format(Locale.ROOT, "; is the file in %s (EPSG:%d)? Import it again with that CRS",
          better.title(), better.epsg()));
    } else if (Region.ENVELOPE.contains(raw.y, raw.x)) {
      detail.append("; its x and y seem swapped (latitude written before longitude)");
    } else {
      detail.append("; none of WGS84, EPSG:5897 and EPSG:3405 puts them in Thanh Hóa: check the file's CRS");
    }
    return ImportException.feature(index, detail.toString(), extra);
  }

  /** The first of planmap's other CRSs in which the point lands in the region, or null. */
  private static Crs suggestion(Coordinate raw, Crs tried) {
    for (Crs c : SUGGESTIONS) {
      if (c == tried) {
        continue;
      }
      try {
        double[] lonLat = CoordinateTransformer.toWgs84(c).transform(raw.x, raw.y);
        if (Region.ENVELOPE.contains(lonLat[0], lonLat[1])) {
          return c;
        }
      } catch (RuntimeException e) {
        // proj4j refuses positions far outside the projection's domain: not this CRS, then
      }
    }
    return null;
  }

  /** Great-circle distance (haversine on the mean Earth radius), kilometres. */
  static double distanceKm(Coordinate a, Coordinate b) {
    double dLat = Math.toRadians(b.y - a.y);
    double dLon = Math.toRadians(b.x - a.x);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(a.y)) * Math.cos(Math.toRadians(b.y)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

}
