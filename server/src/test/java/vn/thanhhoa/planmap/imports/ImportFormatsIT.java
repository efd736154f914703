package vn.thanhhoa.planmap.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ImportFiles;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * Every import format, end to end: GDAL builds the file from a known WGS84 polygon (in VN-2000 where the
 * format carries a CRS), planmap imports it, matches it to the place it redraws, applies it, and the place
 * read back through the items API has every vertex within 0.5 m of the original; the history names the
 * import.
 */
class ImportFormatsIT extends ServerPerClass {
  static final String PLACE = "kcn-le-mon";
  /** A more detailed outline of the Lễ Môn industrial zone than the schematic one, WGS84. */
  static final double[][] RING = {{105.8090, 19.7780}, {105.8170, 19.7782}, {105.8172, 19.7855},
      {105.81312, 19.78621}, {105.8088, 19.7851}, {105.8090, 19.7780}};
  static final String POLYGON = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      + "\"properties\":{\"name\":\"Khu công nghiệp Lễ Môn\",\"dien_tich\":87.6},\"geometry\":{\"type\":\"Polygon\","
      + "\"coordinates\":[" + ring() + "]}}]}";

  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "import.editor", Role.EDITOR, List.of());
  }

  static Browserless editor() {
    return new Browserless(server.url("")).signedIn("import.editor");
  }

  @ParameterizedTest(name = "{0} {3} (crs={4})")
  @CsvSource({
      "GeoPackage, GPKG,           gpkg,    EPSG:5897, ,          geopackage",
      "GeoPackage, GPKG,           gpkg,    EPSG:3405, ,          geopackage",
      "Shapefile,  ESRI Shapefile, shp,     EPSG:5897, ,          shapefile",
      "Shapefile,  ESRI Shapefile, shp,     EPSG:3405, ,          shapefile",
      "KML,        KML,            kml,     ,          ,          kml",
      "KMZ,        LIBKML,         kmz,     ,          ,          kmz",
      "GeoJSON,    GeoJSON,        geojson, ,          ,          geojson",
      "DXF,        DXF,            dxf,     EPSG:5897, EPSG:5897, dxf",
      "DXF,        DXF,            dxf,     EPSG:3405, EPSG:3405, dxf",
      "CSV,        CSV,            csv,     EPSG:5897, EPSG:5897, csv",
      "CSV,        CSV,            csv,     EPSG:3405, EPSG:3405, csv",
  })
  void aPolygonBuiltByGdalRedrawsAPlaceWithinHalfAMetre(String title, String driver, String ext, String fileCrs,
      String chosen, String format) {
    String[] extra = switch (ext) {
      case "shp" -> new String[] {"-lco", "ENCODING=UTF-8"};
      case "csv" -> new String[] {"-lco", "GEOMETRY=AS_WKT"};
      default -> new String[0];
    };
    byte[] file = ImportFiles.build(POLYGON, driver, ext, fileCrs, extra);
    String filename = "le-mon." + (ext.equals("shp") ? "zip" : ext);
    Browserless an = editor();
    HttpResponse<String> r = an.send("POST", "/imports?filename=" + filename + (chosen == null ? "" : "&crs=" + chosen),
        "application/octet-stream", file, true);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode doc = Browserless.read(r.body());
    String crs = fileCrs == null ? "EPSG:4326" : fileCrs;
    assertEquals(format, doc.path("format").asText());
    assertEquals(crs, doc.path("crs").asText());
    assertEquals(chosen == null ? "file" : "chosen", doc.path("crs_from").asText());
    assertEquals(1, doc.path("features").size());
    JsonNode feature = doc.path("features").get(0);
    assertEquals(PLACE, feature.path("matches").get(0).path("feature").asText(), "best match: " + feature);
    JsonNode again = Browserless.read(an.get("/imports/" + doc.path("id").asText()).body());
    assertEquals(doc.path("features"), again.path("features"), "GET /imports/{id} gives the same features");

    HttpResponse<String> applied = an.write("POST", "/imports/" + doc.path("id").asText() + "/apply",
        "{\"assign\":[{\"index\":0,\"feature\":\"" + PLACE + "\"}],\"accuracy\":{\"class\":\"from_plan\","
            + "\"metres\":2,\"source\":\"Quy hoạch chi tiết 1/2000 KCN Lễ Môn (" + title + ", " + crs + ")\"}}");
    assertEquals(200, applied.statusCode(), applied.body());
    assertEquals("replaced", Browserless.read(applied.body()).path("places").get(0).path("action").asText());

    JsonNode ring = server.json("/collections/industrial-zones/items/" + PLACE, 200).path("geometry")
        .path("coordinates").get(0);
    assertEquals(RING.length, ring.size(), "vertex count: " + ring);
    for (double[] v : RING) {
      double nearest = Double.MAX_VALUE;
      for (JsonNode c : ring) {
        nearest = Math.min(nearest, metres(v[0], v[1], c.get(0).asDouble(), c.get(1).asDouble()));
      }
      assertTrue(nearest < 0.5, title + " " + crs + ": vertex " + v[0] + " " + v[1] + " is " + nearest + " m away");
    }
    JsonNode h = Browserless.read(an.get("/history?entity=feature&id=" + PLACE).body()).path("history").get(0);
    assertEquals("import", h.path("action").asText());
    assertEquals("imported from " + filename + " (" + title + ", " + crs + ") by import.editor",
        h.path("note").asText());
  }

  @Test
  void aCsvOfSurveyedPointsWithXAsNorthingMovesAPoint() {
    String point = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"ten\":"
        + "\"Công viên nước Đông Hương\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[105.79172,19.81233]}}]}";
    String csv = new String(ImportFiles.build(point, "CSV", "csv", "EPSG:5897", "-lco", "GEOMETRY=AS_XY"),
        java.nio.charset.StandardCharsets.UTF_8);
    // the Vietnamese surveying convention: X is the northing, Y the easting
    String[] lines = csv.strip().split("\r?\n");
    String[] values = lines[1].split(",");
    String surveyed = "X,Y,ten\n" + values[1] + "," + values[0] + "," + values[2] + "\n";
    Browserless an = editor();
    HttpResponse<String> r = an.send("POST", "/imports?filename=diem.csv&crs=EPSG:5897", "text/csv",
        surveyed.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode doc = Browserless.read(r.body());
    assertTrue(doc.path("axis_swapped").asBoolean(), r.body());
    JsonNode f = doc.path("features").get(0);
    assertEquals("cong-vien-nuoc-dong-huong", f.path("matches").get(0).path("feature").asText(), r.body());
    HttpResponse<String> applied = an.write("POST", "/imports/" + doc.path("id").asText() + "/apply",
        "{\"assign\":[{\"index\":0,\"feature\":\"cong-vien-nuoc-dong-huong\"}],\"accuracy\":{\"class\":\"surveyed\","
            + "\"metres\":0.5,\"source\":\"Đo đạc 2025\"}}");
    assertEquals(200, applied.statusCode(), applied.body());
    JsonNode c = server.json("/collections/stalled-projects/items/cong-vien-nuoc-dong-huong", 200).path("geometry")
        .path("coordinates");
    assertTrue(metres(105.79172, 19.81233, c.get(0).asDouble(), c.get(1).asDouble()) < 0.5, c.toString());
  }

  @Test
  void aFeatureBecomesANewPlaceInAChosenLayerAndKind() {
    String park = POLYGON.replace("Khu công nghiệp Lễ Môn", "Công viên Hồ Thành");
    Browserless an = editor();
    HttpResponse<String> r = an.send("POST", "/imports?filename=cong-vien.geojson", "application/geo+json",
        park.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
    assertEquals(201, r.statusCode(), r.body());
    String id = Browserless.read(r.body()).path("id").asText();
    HttpResponse<String> applied = an.write("POST", "/imports/" + id + "/apply", "{\"assign\":[{\"index\":0,"
        + "\"layer\":\"urban-areas\",\"name\":\"Công viên Hồ Thành\",\"kind\":\"park\"}],\"accuracy\":{\"class\":"
        + "\"from_plan\",\"metres\":5,\"source\":\"Bản vẽ quy hoạch\"}}");
    assertEquals(200, applied.statusCode(), applied.body());
    JsonNode place = Browserless.read(applied.body()).path("places").get(0);
    assertEquals("created", place.path("action").asText());
    assertEquals("cong-vien-ho-thanh", place.path("id").asText());
    JsonNode item = server.json("/collections/urban-areas/items/cong-vien-ho-thanh", 200);
    assertEquals("Công viên Hồ Thành", item.path("properties").path("name").asText());
    assertEquals(409, an.write("POST", "/imports/" + id + "/apply", "{\"assign\":[{\"index\":0,\"feature\":"
        + "\"kcn-le-mon\"}],\"accuracy\":{\"class\":\"from_plan\",\"metres\":5,\"source\":\"x\"}}").statusCode(),
        "an import is applied once");
  }

  /** Distance between two WGS84 positions, metres (equirectangular: exact enough under a kilometre). */
  static double metres(double lon1, double lat1, double lon2, double lat2) {
    double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double y = Math.toRadians(lat2 - lat1);
    return 6_371_008.8 * Math.hypot(x, y);
  }

  private static String ring() {
    StringBuilder s = new StringBuilder("[");
    for (double[] v : RING) {
      s.append(s.length() > 1 ? "," : "").append("[").append(v[0]).append(",").append(v[1]).append("]");
    }
    return s.append("]").toString();
  }
}
