package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.Cs2cs;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/**
 * Debian's QGIS (python3-qgis, installed by {@code ./planmap test}), headless, opens every collection as a
 * planner would (OGC API – Features provider): every layer valid, every feature drawn, the flat task attributes
 * shown, and VN-2000 coordinates straight from the service.
 */
class QgisIT extends ServerPerClass {
  private static final double TOLERANCE_M = 0.1;
  private static JsonNode seen;
  private static String output;

  @BeforeAll
  static void runQgis() throws Exception {
    List<String> layers = Sql.column(server.database.dataSource(), "SELECT id FROM layer ORDER BY sort_order");
    Path script = Files.createTempFile("check_oapif", ".py");
    try (var in = QgisIT.class.getResourceAsStream("/qgis/check_oapif.py")) {
      Files.write(script, in.readAllBytes());
    }
    ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", script.toString(), server.url("/"),
        String.join(",", layers), "facilities", "EPSG:5897").redirectErrorStream(true);
    pb.environment().put("QT_QPA_PLATFORM", "offscreen");
    pb.environment().put("XDG_RUNTIME_DIR", Files.createTempDirectory("qgis-runtime").toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "QGIS finished");
    output = new String(out, StandardCharsets.UTF_8);
    Files.deleteIfExists(script);
    String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
        .orElseThrow(() -> new AssertionError("QGIS printed no result (is python3-qgis installed?):\n" + output));
    seen = server.mapper.readTree(line.substring("RESULT ".length()));
  }

  @Test
  void everyCollectionIsAValidLayerAndEveryFeatureIsDrawn() {
    List<String> layers = Sql.column(server.database.dataSource(), "SELECT id FROM layer ORDER BY sort_order");
    for (String layer : layers) {
      JsonNode info = seen.path("layers").path(layer);
      assertTrue(info.path("valid").asBoolean(), layer + " is a valid QGIS layer:\n" + output);
      long matched = server.json("/collections/" + layer + "/items?limit=1", 200).path("numberMatched").asLong();
      assertEquals(matched, info.path("features").asLong(), layer + ": features read");
      assertEquals(matched, info.path("drawn").asLong(), layer + ": features with a geometry of the layer's type ("
          + info.path("geometry_type").asText() + ")");
    }
  }

  @Test
  void taskCodesReachQgisAsAPlainAttribute() {
    String codes = seen.path("layers").path("roads").path("task_codes").path("Đại lộ Bắc Sông Mã").asText();
    assertTrue(codes.contains("VI.2"), "task_codes of Đại lộ Bắc Sông Mã: " + codes + "\n" + output);
  }

  @Test
  void aLayerOpenedInEpsg5897HasVn2000CoordinatesWithinATenthOfAMetreOfCs2cs() {
    JsonNode points = seen.path("crs_points");
    assertTrue(points.size() > 3, "points read in EPSG:5897:\n" + output);
    JsonNode wgs = server.json("/collections/facilities/items?limit=1000", 200);
    int compared = 0;
    for (JsonNode f : wgs.path("features")) {
      JsonNode xy = points.path(f.path("properties").path("name").asText());
      if (xy.isMissingNode() || !f.path("geometry").path("type").asText().equals("Point")) {
        continue;
      }
      JsonNode c = f.path("geometry").path("coordinates");
      double[] expected = Cs2cs.transform("EPSG:4326", "EPSG:5897",
          new double[] {c.get(1).asDouble(), c.get(0).asDouble()})[0];
      assertEquals(expected[0], xy.get(0).asDouble(), TOLERANCE_M, "easting of " + f.path("id").asText());
      assertEquals(expected[1], xy.get(1).asDouble(), TOLERANCE_M, "northing of " + f.path("id").asText());
      compared++;
    }
    assertTrue(compared > 3, "compared " + compared);
  }
}
