package vn.thanhhoa.planmap.export;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Polygon rings wound as RFC 7946 wants them, whatever was stored: outer rings counter-clockwise, holes clockwise
 * (the items API's GeoJSON gets the same from PostGIS's {@code ST_ForcePolygonCCW}). Lines and points are left as
 * they are.
 */
final class RingWinding {
  private RingWinding() {}

  /** The geometry with its rings wound counter-clockwise outside, clockwise inside; itself when already so. */
  static Geometry rfc7946(Geometry g) {
    if (g.getDimension() != 2 || wound(g)) {
      return g;
    }
    GeometryFactory f = g.getFactory();
    if (g instanceof Polygon p) {
      return wind(p, f);
    }
    Geometry[] parts = new Geometry[g.getNumGeometries()];
    for (int i = 0; i < parts.length; i++) {
      Geometry part = g.getGeometryN(i);
      parts[i] = part == g ? part : rfc7946(part);
    }
    return f.buildGeometry(java.util.Arrays.asList(parts));
  }

  private static boolean wound(Geometry g) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p) {
        if (!ccw(p.getExteriorRing(), true)) {
          return false;
        }
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          if (!ccw(p.getInteriorRingN(h), false)) {
            return false;
          }
        }
      } else if (part != g && part.getDimension() == 2 && !wound(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean ccw(LinearRing ring, boolean wanted) {
    return ring.getNumPoints() < 4 || Orientation.isCCW(ring.getCoordinateSequence()) == wanted;
  }

  private static Polygon wind(Polygon p, GeometryFactory f) {
    LinearRing shell = oriented(p.getExteriorRing(), true);
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int h = 0; h < holes.length; h++) {
      holes[h] = oriented(p.getInteriorRingN(h), false);
    }
    return f.createPolygon(shell, holes);
  }

  private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
    return ccw(ring, counterClockwise) ? ring : ring.reverse();
  }
}
