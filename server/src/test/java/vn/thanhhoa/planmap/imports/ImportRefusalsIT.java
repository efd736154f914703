package vn.thanhhoa.planmap.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ImportFiles;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * Bad files and bad assignments get a 4xx problem that says what is wrong (and which feature), and leave
 * the database as it was: no import stored, no place changed, no history written.
 */
class ImportRefusalsIT extends ServerPerClass {
  private static final String BOWTIE = "[[[105.80,19.78],[105.82,19.80],[105.82,19.78],[105.80,19.80],[105.80,19.78]]]";
  private static final String SQUARE = "[[[105.809,19.778],[105.817,19.778],[105.817,19.785],[105.809,19.785],"
      + "[105.809,19.778]]]";

  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "refused.editor", Role.EDITOR, List.of());
    Browserless.account(server.database, "some.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
  }

  private static Browserless editor() {
    return new Browserless(server.url("")).signedIn("refused.editor");
  }

  /** What an import may change: imports stored, history rows, the places and their versions. */
  private static String database() {
    return Sql.column(server.database.dataSource(), "SELECT (SELECT count(*) FROM pending_import) || '/'"
        + " || (SELECT count(*) FROM history) || '/' || (SELECT count(*) || ':' || sum(version) || ':'"
        + " || md5(string_agg(ST_AsText(geom), ',' ORDER BY id)) FROM feature)").get(0);
  }

  /** Uploads, expects the status and a problem body; checks the database did not change. */
  private static JsonNode refused(String filename, String crs, byte[] body, int status) {
    String before = database();
    HttpResponse<String> r = editor().send("POST", "/imports?filename=" + filename + (crs == null ? "" : "&crs="
        + crs), "application/octet-stream", body, true);
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertEquals(before, database(), "nothing was written");
    return Browserless.read(r.body());
  }

  private static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  private static String polygon(String name, String coordinates) {
    return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":" + coordinates + "}}";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownFormatIs415() {
    JsonNode p = refused("ban-ve.pdf", null, utf8("%PDF-1.4"), 415);
    assertTrue(p.path("detail").asText().contains(".gpkg"), p.toString());
  }

  @Test
  void aCorruptFileIs422() {
    refused("hong.gpkg", null, utf8("SQLite format 3\0 and then nothing a GeoPackage holds"), 422);
    refused("hong.zip", null, utf8("PK\u0003\u0004 truncated"), 422);
    JsonNode p = refused("khong-phai.gpkg", null, utf8("{\"type\":\"FeatureCollection\"}"), 422);
    assertTrue(p.path("detail").asText().contains("not GeoPackage"), p.toString());
  }

  @Test
  void aZipWithoutShpIs422() {
    JsonNode p = refused("khu.zip", null, ImportFiles.zip("khu/readme.txt", utf8("no shapes here")), 422);
    assertTrue(p.path("detail").asText().contains(".shp"), p.toString());
  }

  @Test
  void aZipBombIs413BeforeGdalSeesIt() {
    byte[] bomb = ImportFiles.zipOfZeros(210);
    assertTrue(bomb.length < 1024 * 1024, "a bomb: " + bomb.length + " bytes");
    JsonNode p = refused("bom.zip", null, bomb, 413);
    assertTrue(p.path("detail").asText().contains("unpacks to more than"), p.toString());
    Object[] many = new Object[2 * 101];
    for (int i = 0; i < 101; i++) {
      many[2 * i] = "f" + i + ".txt";
      many[2 * i + 1] = utf8("x");
    }
    assertTrue(refused("nhieu.zip", null, ImportFiles.zip(many), 413).path("detail").asText().contains("files"));
  }

  @Test
  void anEmptyGeometryIsRefusedNamingTheFeature() {
    String empty = "{\"type\":\"Feature\",\"properties\":{\"name\":\"trống\"},\"geometry\":null}";
    JsonNode p = refused("trong.geojson", null, utf8(collection(polygon("a", SQUARE), empty)), 422);
    assertEquals(1, p.path("feature").asInt());
    assertTrue(p.path("detail").asText().contains("feature 1"), p.toString());
  }

  @Test
  void aSelfIntersectingPolygonIsRefusedNamingTheFeature() {
    JsonNode p = refused("no.geojson", null, utf8(collection(polygon("a", SQUARE), polygon("b", BOWTIE))), 422);
    assertEquals(1, p.path("feature").asInt());
    assertTrue(p.path("detail").asText().contains("Self-intersection"), p.toString());
  }

  @Test
  void tooManyFeaturesIs413() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i <= ImportReader.MAX_FEATURES; i++) {
      s.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
          + "\"coordinates\":[105.78,19.8]}}");
    }
    JsonNode p = refused("nhieu.geojson", null, utf8(collection(s.toString())), 413);
    assertTrue(p.path("detail").asText().contains(String.valueOf(ImportReader.MAX_FEATURES)), p.toString());
  }

  @Test
  void aFileWithoutCrsNeedsOneChosen() {
    byte[] dxf = ImportFiles.build(collection(polygon("a", SQUARE)), "DXF", "dxf", "EPSG:5897");
    JsonNode p = refused("ban-ve.dxf", null, dxf, 400);
    assertEquals("crs", p.path("parameter").asText());
    assertTrue(p.path("detail").asText().contains("EPSG:5897"), p.toString());
    assertEquals("crs", refused("ban-ve.dxf", "EPSG:32648", dxf, 400).path("parameter").asText());
  }

  @Test
  void vn2000CoordinatesReadAsWgs84AreRefusedWithTheLikelyCrs() {
    byte[] dxf = ImportFiles.build(collection(polygon("a", SQUARE)), "DXF", "dxf", "EPSG:5897");
    JsonNode p = refused("ban-ve.dxf", "EPSG:4326", dxf, 422);
    assertEquals(0, p.path("feature").asInt());
    assertEquals("EPSG:5897", p.path("suggested_crs").asText(), p.toString());
    assertTrue(p.path("detail").asText().contains("VN-2000 / TM-3 zone 482 (EPSG:5897)?"), p.toString());
  }

  @Test
  void aPlaceInHanoiIsRefusedWithItsDistanceFromThanhHoa() {
    String hanoi = "[[[105.84,21.02],[105.86,21.02],[105.86,21.04],[105.84,21.04],[105.84,21.02]]]";
    JsonNode p = refused("ha-noi.geojson", null, utf8(collection(polygon("Hà Nội", hanoi))), 422);
    // the region's centre (105.76, 19.81) to (105.85, 21.03), by the spherical law of cosines
    double lat1 = Math.toRadians(19.81);
    double lat2 = Math.toRadians(21.03);
    double km = 6371.0088 * Math.acos(Math.sin(lat1) * Math.sin(lat2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.cos(Math.toRadians(105.85 - 105.76)));
    assertEquals(km, p.path("distance_km").asDouble(), 1.5, p.toString());
    assertTrue(p.path("detail").asText().contains("land " + Math.round(km) + " km from Thanh Hóa"), p.toString());
  }

  @Test
  void aFileInACrsPlanmapDoesNotReadIsRefused() {
    byte[] shp = ImportFiles.build(collection(polygon("a", SQUARE)), "ESRI Shapefile", "shp", "EPSG:32648");
    JsonNode p = refused("utm.zip", null, shp, 422);
    assertTrue(p.path("detail").asText().contains("EPSG::32648"), p.toString());
  }

  @Test
  void reportersAndRequestsWithoutCsrfCannotImport() {
    Browserless reporter = new Browserless(server.url("")).signedIn("some.reporter");
    byte[] file = utf8(collection(polygon("a", SQUARE)));
    assertEquals(403, reporter.send("POST", "/imports?filename=a.geojson", "application/json", file, true)
        .statusCode());
    assertEquals(403, editor().send("POST", "/imports?filename=a.geojson", "application/json", file, false)
        .statusCode());
    assertEquals(401, new Browserless(server.url("")).get("/imports/abcdefghijklmnopqrstuvwx").statusCode());
  }

  @Test
  void aFailingAssignmentAppliesNothing() {
    Browserless an = editor();
    HttpResponse<String> r = an.send("POST", "/imports?filename=hai.geojson", "application/json",
        utf8(collection(polygon("Khu công nghiệp Lễ Môn", SQUARE), polygon("khác", SQUARE))), true);
    assertEquals(201, r.statusCode(), r.body());
    String id = Browserless.read(r.body()).path("id").asText();
    String accuracy = ",\"accuracy\":{\"class\":\"from_plan\",\"metres\":2,\"source\":\"QH 1/2000\"}}";
    String before = database();
    HttpResponse<String> bad = an.write("POST", "/imports/" + id + "/apply", "{\"assign\":[{\"index\":0,"
        + "\"feature\":\"kcn-le-mon\"},{\"index\":1,\"feature\":\"no-such-place\"}]" + accuracy);
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals("assign[1].feature", Browserless.read(bad.body()).path("parameter").asText());
    assertEquals(before, database(), "the first assignment was rolled back too");
    assertEquals(400, an.write("POST", "/imports/" + id + "/apply", "{\"assign\":[{\"index\":0,\"feature\":"
        + "\"kcn-le-mon\"}]}").statusCode(), "no accuracy");
    assertEquals("accuracy.class", Browserless.read(an.write("POST", "/imports/" + id + "/apply", "{\"assign\":"
        + "[{\"index\":0,\"feature\":\"kcn-le-mon\"}],\"accuracy\":{\"class\":\"exact\",\"metres\":1,\"source\":"
        + "\"x\"}}").body()).path("parameter").asText());
    assertEquals(400, an.write("POST", "/imports/" + id + "/apply", "{\"assign\":[{\"index\":7,\"feature\":"
        + "\"kcn-le-mon\"}]" + accuracy).statusCode(), "no feature 7");
    assertEquals(400, an.write("POST", "/imports/" + id + "/apply", "{\"assign\":[{\"index\":0,\"layer\":"
        + "\"roads\",\"name\":\"x\",\"kind\":\"casino\"}]" + accuracy).statusCode(), "no such kind");
    assertEquals(before, database());
    assertEquals(404, an.write("POST", "/imports/no-such-import-id-at-all/apply", "{\"assign\":[{\"index\":0,"
        + "\"feature\":\"kcn-le-mon\"}]" + accuracy).statusCode());
  }

  @Test
  void anExpiredImportIsGone() {
    Browserless an = editor();
    HttpResponse<String> r = an.send("POST", "/imports?filename=cu.geojson", "application/json",
        utf8(collection(polygon("a", SQUARE))), true);
    assertEquals(201, r.statusCode(), r.body());
    String id = Browserless.read(r.body()).path("id").asText();
    // a day has passed by the server's clock
    Sql.column(server.database.dataSource(), "UPDATE pending_import SET expires_at = ?::timestamptz WHERE id = ?"
        + " RETURNING id", TestServer.CLOCK.instant().minusSeconds(1).toString(), id);
    assertEquals(410, an.get("/imports/" + id).statusCode());
  }
}
