package vn.thanhhoa.planmap.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.Gdal;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * The scans API over a real server and PostGIS: upload, georeference with VN-2000 grid coordinates, the
 * corners checked against GDAL's own transformation ({@code gdaltransform}, PROJ), residuals, refusals,
 * tracing links and deletion.
 */
class ScansApiIT extends ServerPerClass {
  /** The sheet: 2000 × 1500 px at 0.5 m per pixel, turned 1.5° on the ground, its top-left at E 581 000, N 2 192 000. */
  private static final int W = 2000;
  private static final int H = 1500;
  private static final double ANGLE = Math.toRadians(1.5);
  private static final double[] TRUE = {581_000, 0.5 * Math.cos(ANGLE), 0.5 * Math.sin(ANGLE),
      2_192_000, -0.5 * Math.sin(ANGLE), -0.5 * Math.cos(ANGLE)};

  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "scan.editor", Role.EDITOR, List.of());
    Browserless.account(server.database, "scan.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
  }

  private static Browserless editor() {
    return new Browserless(server.url("")).signedIn("scan.editor");
  }

  static byte[] sheet(String format, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    for (int x = 0; x < w; x += 200) {
      g.drawLine(x, 0, x, h);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static HttpResponse<String> upload(Browserless who, String name, String type, byte[] data) {
    return who.send("POST", "/scans?filename=" + name, type, data, true);
  }

  private static double[] ground(double px, double py) {
    return new double[] {TRUE[0] + TRUE[1] * px + TRUE[2] * py, TRUE[3] + TRUE[4] * px + TRUE[5] * py};
  }

  private static String gridPoint(double px, double py, double dx) {
    double[] g = ground(px, py);
    return String.format(Locale.ROOT, "{\"image\":[%s,%s],\"world\":{\"crs\":\"EPSG:5897\",\"x\":%.3f,\"y\":%.3f}}",
        px, py, g[0] + dx, g[1]);
  }

  private long uploaded(Browserless who) {
    HttpResponse<String> r = upload(who, "qh-1-2000-phuong-dong-son.png", "image/png", sheet("png", W, H));
    assertEquals(201, r.statusCode(), r.body());
    return Browserless.read(r.body()).path("id").asLong();
  }

  @Test
  void anEditorUploadsAndGeoreferencesWithGridCoordinatesAndTheCornersMatchGdal() {
    Browserless ed = editor();
    HttpResponse<String> r = upload(ed, "qh-1-2000-phuong-dong-son.png", "image/png", sheet("png", W, H));
    assertEquals(201, r.statusCode(), r.body());
    JsonNode scan = Browserless.read(r.body());
    long id = scan.path("id").asLong();
    assertEquals("/scans/" + id, r.headers().firstValue("Location").orElseThrow());
    assertEquals(W, scan.path("width").asInt());
    assertEquals(H, scan.path("height").asInt());
    assertEquals("scan.editor", scan.path("uploaded_by").asText());
    assertFalse(scan.path("georeferenced").asBoolean());

    String body = "{\"points\":[" + gridPoint(200, 200, 0) + "," + gridPoint(1800, 200, 0) + ","
        + gridPoint(1000, 1400, 0) + "]}";
    HttpResponse<String> put = ed.write("PUT", "/scans/" + id + "/georeference", body);
    assertEquals(200, put.statusCode(), put.body());
    JsonNode geo = Browserless.read(put.body()).path("georeference");
    assertEquals("EPSG:5897", geo.path("crs").asText());
    assertEquals(3, geo.path("points").size());
    for (JsonNode p : geo.path("points")) {
      assertEquals(0, p.path("residual_m").asDouble(), 0.05, "three points fit exactly (up to the 1 cm rounding)");
    }
    double[][] pixels = {{0, 0}, {W, 0}, {W, H}, {0, H}};
    String[] names = {"top_left", "top_right", "bottom_right", "bottom_left"};
    List<double[]> expectedProjected = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      double[] want = ground(pixels[c][0], pixels[c][1]);
      expectedProjected.add(want);
      JsonNode got = geo.path("corners_projected").path(names[c]);
      assertEquals(want[0], got.get(0).asDouble(), 0.5, names[c] + " easting");
      assertEquals(want[1], got.get(1).asDouble(), 0.5, names[c] + " northing");
    }
    List<double[]> expectedLonLat = Gdal.toWgs84("EPSG:5897", expectedProjected);
    for (int c = 0; c < 4; c++) {
      JsonNode got = geo.path("corners").path(names[c]);
      double[] want = expectedLonLat.get(c);
      double eastM = (got.get(0).asDouble() - want[0]) * 111_320 * Math.cos(Math.toRadians(want[1]));
      double northM = (got.get(1).asDouble() - want[1]) * 110_574;
      assertTrue(Math.hypot(eastM, northM) < 0.5, names[c] + " within 0.5 m of GDAL's: off by "
          + Math.hypot(eastM, northM) + " m");
    }
    assertWorldFileOpensInGdal(ed, id, geo);
    JsonNode again = server.json("/scans/" + id, 200);
    assertEquals("scan.editor", again.path("georeferenced_by").asText());
    assertTrue(again.path("georeferenced").asBoolean());
    assertEquals(geo.path("corners"), again.path("georeference").path("corners"));
  }

  @Test
  void aFourthPointWithTwoMetresOfErrorSharesItAsHalfAMetreResidualsAtEachCorner() {
    Browserless ed = editor();
    long id = uploaded(ed);
    String body = "{\"points\":[" + gridPoint(0, 0, 2.0) + "," + gridPoint(W, 0, 0) + "," + gridPoint(W, H, 0) + ","
        + gridPoint(0, H, 0) + "]}";
    HttpResponse<String> put = ed.write("PUT", "/scans/" + id + "/georeference", body);
    assertEquals(200, put.statusCode(), put.body());
    JsonNode geo = Browserless.read(put.body()).path("georeference");
    for (JsonNode p : geo.path("points")) {
      assertEquals(0.5, p.path("residual_m").asDouble(), 0.05, p.toString());
    }
    assertEquals(0.5, geo.path("rms_m").asDouble(), 0.05);
    assertEquals(-0.5, geo.path("points").get(0).path("residual").get(0).asDouble(), 0.05);
  }

  @Test
  void badControlPointsAre400sNamingThePoint() {
    Browserless ed = editor();
    long id = uploaded(ed);
    String path = "/scans/" + id + "/georeference";
    assertProblem(ed.write("PUT", path, "{\"points\":[" + gridPoint(0, 0, 0) + "," + gridPoint(W, 0, 0) + "]}"),
        "points", "3");
    assertProblem(ed.write("PUT", path, "{\"points\":[" + gridPoint(0, 0, 0) + "," + gridPoint(1000, 750, 0) + ","
        + gridPoint(W, H, 0) + "]}"), "points", "one line");
    String swapped = "{\"image\":[0,0],\"world\":{\"crs\":\"EPSG:5897\",\"x\":2192000,\"y\":581000}}";
    assertProblem(ed.write("PUT", path, "{\"points\":[" + swapped + "," + gridPoint(W, 0, 0) + ","
        + gridPoint(0, H, 0) + "]}"), "points[0]", "EPSG:5897");
    assertProblem(ed.write("PUT", path, "{\"points\":[" + gridPoint(0, 0, 0) + "," + gridPoint(W + 50, 0, 0) + ","
        + gridPoint(0, H, 0) + "]}"), "points[1].image", "outside the image");
    String paris = "{\"image\":[0,0],\"lonlat\":[2.35,48.85]}";
    assertProblem(ed.write("PUT", path, "{\"points\":[" + paris + "," + gridPoint(W, 0, 0) + ","
        + gridPoint(0, H, 0) + "]}"), "points[0]", "km from Thanh Hóa");
    assertProblem(ed.write("PUT", path, "{\"points\":[" + gridPoint(0, 0, 0).replace("EPSG:5897", "EPSG:32648") + ","
        + gridPoint(W, 0, 0) + "," + gridPoint(0, H, 0) + "]}"), "points[0].world.crs", "EPSG:3405");
    assertProblem(ed.write("PUT", path, "{\"points\":\"three\"}"), "points", "array");
    String absurd = "{\"image\":[0,0],\"world\":{\"crs\":\"EPSG:3405\",\"x\":1e300,\"y\":-1e300}}";
    assertProblem(ed.write("PUT", path, "{\"points\":[" + absurd + "," + gridPoint(W, 0, 0) + ","
        + gridPoint(0, H, 0) + "]}"), "points[0]", "easting");
    assertFalse(server.json("/scans/" + id, 200).path("georeferenced").asBoolean(), "nothing was stored");
  }

  @Test
  void onlyPngAndJpegByContentWithinTheLimitsFromEditors() {
    Browserless ed = editor();
    byte[] png = sheet("png", 300, 200);
    assertEquals(401, new Browserless(server.url("")).send("POST", "/scans?filename=a.png", "image/png", png, false)
        .statusCode());
    Browserless reporter = new Browserless(server.url("")).signedIn("scan.reporter");
    assertEquals(403, upload(reporter, "a.png", "image/png", png).statusCode());
    HttpResponse<String> jpeg = upload(ed, "to-ban-do.png", "image/png", sheet("jpg", 300, 200));
    assertEquals(201, jpeg.statusCode(), jpeg.body());
    assertEquals("image/jpeg", Browserless.read(jpeg.body()).path("content_type").asText(), "judged by content");
    assertEquals(415, upload(ed, "plan.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))
        .statusCode());
    byte[] truncated = java.util.Arrays.copyOf(png, 12);
    assertEquals(415, upload(ed, "plan.png", "image/png", truncated).statusCode());
    assertProblem(upload(ed, "../etc/plan.png", "image/png", png), "filename", "folders");
    byte[] huge = new byte[ScanImage.MAX_BYTES + 1];
    System.arraycopy(png, 0, huge, 0, png.length);
    HttpResponse<String> tooLarge = upload(ed, "huge.png", "image/png", huge);
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }

  @Test
  void theImageIsServedAsUploadedAndADeletedScanIsGone() {
    Browserless ed = editor();
    byte[] png = sheet("png", 400, 300);
    long id = Browserless.read(upload(ed, "to-1.png", "image/png", png).body()).path("id").asLong();
    HttpResponse<byte[]> img = ed.getBytes("/scans/" + id + "/image");
    assertEquals(200, img.statusCode());
    assertEquals("image/png", img.headers().firstValue("Content-Type").orElseThrow());
    assertArrayEquals(png, img.body());
    assertEquals(403, new Browserless(server.url("")).signedIn("scan.reporter").send("DELETE", "/scans/" + id, null,
        null, true).statusCode());
    assertEquals(204, ed.send("DELETE", "/scans/" + id, null, null, true).statusCode());
    assertEquals(404, ed.get("/scans/" + id).statusCode());
    assertEquals(404, ed.getBytes("/scans/" + id + "/image").statusCode());
    assertFalse(server.json("/scans", 200).toString().contains("\"id\":" + id + ","));
    assertEquals(404, ed.get("/scans/abc").statusCode());
  }

  @Test
  void aPlaceTracedOverAScanListsItAndItsHistorySaysSo() {
    Browserless ed = editor();
    long id = uploaded(ed);
    HttpResponse<String> first = ed.write("POST", "/scans/" + id + "/places", "{\"feature\":\"kcn-le-mon\"}");
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(200, ed.write("POST", "/scans/" + id + "/places", "{\"feature\":\"kcn-le-mon\"}").statusCode(),
        "recorded once");
    assertEquals(404, ed.write("POST", "/scans/" + id + "/places", "{\"feature\":\"no-such-place\"}").statusCode());
    JsonNode listed = server.json("/scans?feature=kcn-le-mon", 200).path("scans");
    assertEquals(1, listed.size());
    assertEquals(id, listed.get(0).path("id").asLong());
    assertEquals("kcn-le-mon", listed.get(0).path("places").get(0).path("id").asText());
    JsonNode history = Browserless.read(ed.get("/history?entity=feature&id=kcn-le-mon").body()).path("history");
    JsonNode row = history.get(0);
    assertEquals("traced over scan", row.path("action").asText());
    assertEquals(id, row.path("after").path("traced_over_scan").path("scan").asLong());
    assertEquals(row.path("before").path("geom"), row.path("after").path("geom"), "the place itself is unchanged");
    JsonNode asOfYesterday = server.json("/collections/industrial-zones/items/kcn-le-mon?as_of=2026-11-26", 200);
    assertEquals("kcn-le-mon", asOfYesterday.path("id").asText(), "the as-of view still finds the place");
    assertEquals(0, server.json("/scans?feature=nui-do", 200).path("scans").size());
  }

  private static void assertProblem(HttpResponse<String> r, String parameter, String words) {
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode p = Browserless.read(r.body());
    assertEquals(parameter, p.path("parameter").asText(), r.body());
    assertTrue(p.path("detail").asText().contains(words), p.path("detail").asText());
  }

  /** The image with its world file, read by gdalinfo: the geotransform is the fit's affine. */
  private static void assertWorldFileOpensInGdal(Browserless who, long id, JsonNode geo) {
    HttpResponse<byte[]> image = who.getBytes("/scans/" + id + "/image");
    HttpResponse<String> world = who.get("/scans/" + id + "/world");
    assertEquals(200, world.statusCode(), world.body());
    assertTrue(world.headers().firstValue("Content-Disposition").orElse("").contains("qh-1-2000-phuong-dong-son.pgw"));
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("planmap-world");
      java.nio.file.Files.write(dir.resolve("sheet.png"), image.body());
      java.nio.file.Files.writeString(dir.resolve("sheet.pgw"), world.body());
      Process p = new ProcessBuilder("gdalinfo", "-json", dir.resolve("sheet.png").toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, out);
      JsonNode gt = Browserless.read(out).path("geoTransform");
      JsonNode affine = geo.path("affine");
      for (int i = 0; i < 6; i++) {
        assertEquals(affine.get(i).asDouble(), gt.get(i).asDouble(), 0.001, "geoTransform[" + i + "]");
      }
      assertEquals(581_000, gt.get(0).asDouble(), 0.5, "the top-left corner's easting");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
