package vn.thanhhoa.planmap.geo;

import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * What every stored geometry must be, whether loaded from geodata/ or drawn by an editor: valid (OGC
 * simple features), not empty or degenerate, WGS84 lon/lat inside the {@link Region}; and the ring order
 * that RFC 7946 (§3.1.6) asks of GeoJSON, applied on save by {@link #rfc7946(Geometry)}.
 */
public final class GeometryRules {
  private GeometryRules() {}

  /** Why the geometry is refused, or empty when it is fine. */
  public static Optional<String> problem(Geometry g) {
    if (g == null || g.isEmpty()) {
      return Optional.of("empty geometry");
    }
    IsValidOp valid = new IsValidOp(g);
    if (!valid.isValid()) {
      return Optional.of("invalid geometry: " + valid.getValidationError());
    }
    if ((g.getDimension() == 1 && g.getLength() == 0) || (g.getDimension() == 2 && g.getArea() == 0)) {
      return Optional.of("degenerate geometry");
    }
    if (!Region.ENVELOPE.covers(g.getEnvelopeInternal())) {
      return Optional.of("geometry leaves the region " + Region.ENVELOPE + " (coordinates must be WGS84 lon/lat)");
    }
    return Optional.empty();
  }

  /**
   * The geometry with RFC 7946 winding: every polygon's outer ring counter-clockwise, its holes clockwise.
   * Other geometries are returned as they are. The SRID is kept.
   */
  public static Geometry rfc7946(Geometry g) {
    if (g instanceof Polygon p) {
      return wound(p);
    }
    if (g instanceof MultiPolygon mp) {
      Polygon[] parts = new Polygon[mp.getNumGeometries()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = wound((Polygon) mp.getGeometryN(i));
      }
      Geometry out = mp.getFactory().createMultiPolygon(parts);
      out.setSRID(g.getSRID());
      return out;
    }
    return g;
  }

  private static Polygon wound(Polygon p) {
    GeometryFactory f = p.getFactory();
    LinearRing shell = ring(p.getExteriorRing(), true);
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = ring(p.getInteriorRingN(i), false);
    }
    Polygon out = f.createPolygon(shell, holes);
    out.setSRID(p.getSRID());
    return out;
  }

  private static LinearRing ring(LinearRing r, boolean counterClockwise) {
    if (r.isEmpty() || Orientation.isCCW(r.getCoordinateSequence()) == counterClockwise) {
      return r;
    }
    return r.reverse();
  }
}
