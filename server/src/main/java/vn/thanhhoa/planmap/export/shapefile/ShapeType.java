package vn.thanhhoa.planmap.export.shapefile;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The Shapefile shape types planmap writes (2D only), with the suffix of their file set ("roads_line"). */
public enum ShapeType {
  POINT(1, "point"),
  POLYLINE(3, "line"),
  POLYGON(5, "polygon"),
  MULTIPOINT(8, "multipoint");

  private final int code;
  private final String suffix;

  ShapeType(int code, String suffix) {
    this.code = code;
    this.suffix = suffix;
  }

  /** The shape type code of the Shapefile specification. */
  public int code() {
    return code;
  }

  /** The file-name suffix of the set holding this type. */
  public String suffix() {
    return suffix;
  }

  /**
   * The shape type that holds a geometry: LineStrings and MultiLineStrings are polylines, Polygons and
   * MultiPolygons are polygons.
   *
   * @throws IllegalArgumentException for a GeometryCollection (split it first)
   */
  public static ShapeType of(Geometry g) {
    if (g instanceof Point) {
      return POINT;
    }
    if (g instanceof MultiPoint) {
      return MULTIPOINT;
    }
    if (g instanceof LineString || g instanceof MultiLineString) {
      return POLYLINE;
    }
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      return POLYGON;
    }
    throw new IllegalArgumentException("no Shapefile shape type holds a " + g.getGeometryType());
  }
}
