package vn.thanhhoa.planmap.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import vn.thanhhoa.planmap.geo.CoordinateTransformer;
import vn.thanhhoa.planmap.geo.Crs;
import vn.thanhhoa.planmap.geo.Region;
import vn.thanhhoa.planmap.http.BadRequestException;

/**
 * Turns the control points of {@code PUT /scans/{id}/georeference} into a georeference: each point's place
 * moved to VN-2000 / TM-3 Thanh Hóa (EPSG:5897, metres) with the project's {@link CoordinateTransformer},
 * the {@link AffineFit} of the sheet in that plane, each point's residual, and the sheet's four corners in
 * WGS84 (for the map) and in EPSG:5897.
 *
 * <p>A point is {@code {"image": [px, py], "world": {"crs": "EPSG:5897"|"EPSG:3405", "x": easting,
 * "y": northing}}} (the grid coordinates printed on the sheet) or {@code {"image": [px, py], "lonlat":
 * [lon, lat]}} (a click on the map). Every refusal is a 400 naming {@code points} or {@code points[i]}.
 */
public final class Georeferencer {
  /**
   * The CRSs a control point's {@code world} position may be in, the province's own zone first (VN-2000 / TM-3
   * Thanh Hóa, then VN-2000 / UTM 48N); a position in WGS84 is given as {@code lonlat}.
   */
  public static final java.util.List<String> CRS = java.util.List.of("EPSG:" + Crs.VN2000_THANHHOA.epsg(),
      "EPSG:" + Crs.VN2000_UTM48.epsg());

  /** The plane the fit is made in. */
  public static final Crs PLANE = Crs.VN2000_THANHHOA;
  public static final int MAX_POINTS = 50;
  private static final String[] CORNERS = {"top_left", "top_right", "bottom_right", "bottom_left"};

  private final ObjectMapper mapper;

  public Georeferencer(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A georeference as stored and served, and the sheet's outline as WKT (WGS84). */
  public record Result(ObjectNode json, String footprintWkt) {}

  /**
   * Fits the sheet of {@code width} × {@code height} pixels to the points of the body.
   *
   * @throws BadRequestException 400 naming the point and why: missing or malformed, outside the image,
   *     landing outside the region, fewer than three, on one line, mirrored
   */
  public Result fit(JsonNode points, int width, int height) {
    if (points == null || !points.isArray()) {
      throw new BadRequestException("points", "'points' must be an array of control points, each {\"image\": [px, py],"
          + " \"world\": {\"crs\": \"EPSG:5897\", \"x\": …, \"y\": …}} or {\"image\": [px, py], \"lonlat\": [lon, lat]}");
    }
    if (points.size() < AffineFit.MIN_POINTS || points.size() > MAX_POINTS) {
      throw new BadRequestException("points", "give between " + AffineFit.MIN_POINTS + " and " + MAX_POINTS
          + " control points, not " + points.size(), AffineFit.MIN_POINTS);
    }
    CoordinateTransformer plane = new CoordinateTransformer(PLANE);
    int n = points.size();
    double[][] image = new double[n][];
    double[][] world = new double[n][];
    ArrayNode out = mapper.createArrayNode();
    for (int i = 0; i < n; i++) {
      String field = "points[" + i + "]";
      JsonNode p = points.get(i);
      image[i] = pair(p.path("image"), field + ".image", "[px, py]");
      if (image[i][0] < 0 || image[i][1] < 0 || image[i][0] > width || image[i][1] > height) {
        throw new BadRequestException(field + ".image", "point " + (i + 1) + " lies outside the image (" + width
            + " × " + height + " pixels)");
      }
      double[] lonLat;
      ObjectNode given = mapper.createObjectNode();
      if (p.has("world")) {
        Crs crs = crs(p.path("world").path("crs"), field + ".world.crs");
        double x = number(p.path("world").path("x"), field + ".world.x");
        double y = number(p.path("world").path("y"), field + ".world.y");
        lonLat = toWgs84(crs, x, y);
        given.put("crs", "EPSG:" + crs.epsg()).put("x", x).put("y", y);
      } else if (p.has("lonlat")) {
        lonLat = pair(p.path("lonlat"), field + ".lonlat", "[lon, lat]");
        given.set("lonlat", mapper.valueToTree(lonLat));
      } else {
        throw new BadRequestException(field, "point " + (i + 1) + " needs its place: \"world\" (grid coordinates) or"
            + " \"lonlat\"");
      }
      inRegion(lonLat, i, given);
      world[i] = plane.transform(lonLat[0], lonLat[1]);
      ObjectNode o = out.addObject();
      o.set("image", mapper.valueToTree(image[i]));
      o.set("given", given);
      o.set("world", mapper.valueToTree(world[i]));
      o.set("lonlat", mapper.valueToTree(lonLat));
    }
    AffineFit fit;
    try {
      fit = AffineFit.fit(image, world);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("points", e.getMessage());
    }
    for (int i = 0; i < n; i++) {
      double[] r = fit.residuals()[i];
      ((ObjectNode) out.get(i)).put("residual_m", round(r[2], 3))
          .set("residual", mapper.valueToTree(new double[] {round(r[0], 3), round(r[1], 3)}));
    }
    return result(fit, out, width, height);
  }

  private Result result(AffineFit fit, ArrayNode points, int width, int height) {
    double[][] pixels = {{0, 0}, {width, 0}, {width, height}, {0, height}};
    ObjectNode corners = mapper.createObjectNode();
    ObjectNode projected = mapper.createObjectNode().put("crs", "EPSG:" + PLANE.epsg());
    CoordinateTransformer plane = new CoordinateTransformer(PLANE);
    StringBuilder wkt = new StringBuilder("POLYGON((");
    for (int c = 0; c <= 4; c++) {
      double[] xy = fit.apply(pixels[c % 4][0], pixels[c % 4][1]);
      double[] ll = plane.toWgs84(xy[0], xy[1]);
      if (c < 4) {
        corners.set(CORNERS[c], mapper.valueToTree(ll));
        projected.set(CORNERS[c], mapper.valueToTree(new double[] {round(xy[0], 2), round(xy[1], 2)}));
      }
      wkt.append(c == 0 ? "" : ",").append(ll[0]).append(' ').append(ll[1]);
    }
    ObjectNode json = mapper.createObjectNode();
    json.put("crs", "EPSG:" + PLANE.epsg());
    json.set("points", points);
    json.set("affine", mapper.valueToTree(fit.affine()));
    json.put("rms_m", round(fit.rms(), 3));
    double[] mpp = fit.metresPerPixel();
    json.set("metres_per_pixel", mapper.valueToTree(new double[] {round(mpp[0], 4), round(mpp[1], 4)}));
    json.set("corners", corners);
    json.set("corners_projected", projected);
    return new Result(json, wkt.append("))").toString());
  }

  /** The WGS84 position of grid coordinates; NaN for coordinates the projection cannot take (1e300 …). */
  private static double[] toWgs84(Crs crs, double x, double y) {
    try {
      return new CoordinateTransformer(crs).toWgs84(x, y);
    } catch (RuntimeException e) {
      return new double[] {Double.NaN, Double.NaN};
    }
  }

  private static void inRegion(double[] lonLat, int i, ObjectNode given) {
    if (Region.ENVELOPE.contains(lonLat[0], lonLat[1])) {
      return;
    }
    if (!Double.isFinite(lonLat[0]) || !Double.isFinite(lonLat[1])) {
      throw new BadRequestException("points[" + i + "]", "point " + (i + 1) + " has coordinates far outside "
          + given.path("crs").asText() + ": x is the easting (about 580 000), y the northing (about 2 190 000)");
    }
    double km = Math.hypot((lonLat[0] - Region.ENVELOPE.centre().x) * 104.7,
        (lonLat[1] - Region.ENVELOPE.centre().y) * 110.6);
    String hint = given.has("crs") ? " Is it in VN-2000 / TM-3 Thanh Hóa (EPSG:5897), x the easting (about 580 000)"
        + " and y the northing (about 2 190 000)?" : "";
    throw new BadRequestException("points[" + i + "]", String.format(Locale.ROOT,
        "point %d lands at %.5f, %.5f, about %,.0f km from Thanh Hóa city, outside the region planmap covers.%s",
        i + 1, lonLat[0], lonLat[1], km, hint), Region.ENVELOPE.toString());
  }

  private static Crs crs(JsonNode node, String field) {
    String s = node.asText("").strip().toUpperCase(Locale.ROOT);
    for (Crs c : Crs.values()) {
      if (c != Crs.WGS84 && (s.equals("EPSG:" + c.epsg()) || s.equalsIgnoreCase(c.id()))) {
        return c;
      }
    }
    throw new BadRequestException(field, "'crs' must be EPSG:5897 (VN-2000 / TM-3 Thanh Hóa) or EPSG:3405"
        + " (VN-2000 / UTM 48N); for WGS84 give \"lonlat\" instead", CRS);
  }

  private static double[] pair(JsonNode node, String field, String shape) {
    if (!node.isArray() || node.size() != 2) {
      throw new BadRequestException(field, "'" + field + "' must be " + shape);
    }
    return new double[] {number(node.get(0), field), number(node.get(1), field)};
  }

  private static double number(JsonNode node, String field) {
    if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble())) {
      throw new BadRequestException(field, "'" + field + "' must be a number");
    }
    return node.asDouble();
  }

  private static double round(double v, int decimals) {
    double s = Math.pow(10, decimals);
    return Math.round(v * s) / s;
  }
}
