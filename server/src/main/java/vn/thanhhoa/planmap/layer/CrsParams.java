package vn.thanhhoa.planmap.layer;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import vn.thanhhoa.planmap.db.SqlFragment;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.CrsReference;
import vn.thanhhoa.planmap.http.BadRequestException;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.QueryParams;

/**
 * The CRS parameters of OGC API – Features Part 2 ({@code crs}, {@code bbox-crs}) and Part 3
 * ({@code filter-crs}): each names one of {@link CrsReference#ALL} by URI or {@code EPSG:n}; CRS84 when absent.
 */
public final class CrsParams {
  private static final String BBOX_OUTLINE = "(f.geom && ST_GeomFromText(?, 4326)"
      + " AND ST_Intersects(f.geom, ST_GeomFromText(?, 4326)))";
  /** Points per edge of a projected box's outline in WGS84 (its edges are not straight there). */
  private static final int EDGE_POINTS = 16;

  /** {@code crs}: the CRS of the geometries a response carries (Part 2). */
  public static final Parameter CRS = Parameter.of("crs", "CRS of the returned geometries: an OGC URI or EPSG:n"
      + " (default CRS84; EPSG:4326 is latitude first). The Content-Crs header names it.", schema(),
      CrsReference.EPSG_5897.uri());
  /** {@code bbox-crs}: the CRS of {@code bbox} (Part 2). */
  public static final Parameter BBOX_CRS = Parameter.of("bbox-crs", "CRS of bbox: an OGC URI or EPSG:n (default"
      + " CRS84)", schema(), CrsReference.CRS84.uri());

  private CrsParams() {}

  /** The JSON Schema of a CRS parameter: one of the URIs of {@link CrsReference#ALL}, CRS84 by default. */
  static Map<String, Object> schema() {
    return Map.of("type", "string", "format", "uri", "enum", CrsReference.URIS, "default", CrsReference.CRS84.uri());
  }

  /** The CRS a parameter names, CRS84 when absent. */
  public static CrsReference read(QueryParams params, String name) {
    String v = params.text(name);
    if (v == null) {
      return CrsReference.CRS84;
    }
    return CrsReference.parse(v).orElseThrow(() -> new BadRequestException(name, "'" + name + "' must be one of "
        + CrsReference.URIS + " (or EPSG:n); was: " + v, CrsReference.URIS));
  }

  /**
   * The {@code bbox} in the CRS of {@code bbox-crs}: a WGS84 {@code [west, south, east, north]} for CRS84
   * and EPSG:4326 (given latitude first), else null with the box's outline, transformed to WGS84, added to
   * {@code conditions}.
   */
  static double[] bbox(QueryParams params, List<SqlFragment> conditions) {
    CrsReference crs = read(params, "bbox-crs");
    if (crs == CrsReference.CRS84) {
      return params.bbox("bbox");
    }
    if (params.text("bbox") == null) {
      return null;
    }
    if (crs.latitudeFirst()) {
      double[] c = params.corners("bbox", "minLat,minLon,maxLat,maxLon (EPSG:4326: latitude first)");
      double[] b = {c[1], c[0], c[3], c[2]};
      if (Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180 || Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90 || b[1] > b[3]) {
        throw new BadRequestException("bbox", "'bbox' with bbox-crs EPSG:4326 takes minLat,minLon,maxLat,maxLon"
            + " within ±90 and ±180, south below north", "minLat,minLon,maxLat,maxLon");
      }
      return b;
    }
    String form = "minEasting,minNorthing,maxEasting,maxNorthing in metres of " + crs.crs().title();
    double[] c = params.corners("bbox", form);
    if (c[0] > c[2] || c[1] > c[3]) {
      throw new BadRequestException("bbox", "'bbox' in " + crs.crs().title() + " must have its minimum easting and"
          + " northing first", form);
    }
    GeometryFactory f = new GeometryFactory();
    Geometry box = f.toGeometry(new Envelope(c[0], c[2], c[1], c[3]));
    double edge = Math.max(c[2] - c[0], c[3] - c[1]) / EDGE_POINTS;
    Geometry outline = new CoordinateTransformer(crs.crs()).toWgs84(edge > 0 ? Densifier.densify(box, edge) : box);
    String wkt = outline.toText();
    conditions.add(new SqlFragment(BBOX_OUTLINE, List.of(wkt, wkt)));
    return null;
  }
}
