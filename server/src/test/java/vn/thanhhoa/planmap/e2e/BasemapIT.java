package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * When basemap tiles cannot load (offline, the normal case on this machine) the map still draws every
 * layer on a plain background and says "Bản đồ nền không tải được / Basemap unavailable". The tile URL
 * points at a port nothing serves, so the only console errors are those tile requests, filtered by host.
 */
class BasemapIT {
  private static final String TILE_HOST = "http://127.0.0.1:9/";
  private static TestServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.GEODATA, c -> c.withTileUrl(TILE_HOST + "{z}/{x}/{y}.png"));
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void unreachableTilesShowTheNoteAndEveryLayerStillDraws() {
    browser.open(server.url("/"));
    String note = browser.visible("#pm-basemap-note").getText();
    assertEquals("Bản đồ nền không tải được / Basemap unavailable", note);
    @SuppressWarnings("unchecked")
    Map<String, Long> counts = (Map<String, Long>) browser.js("return window.planmap.layerCounts()");
    assertEquals(7, counts.size());
    counts.forEach((layer, n) -> assertTrue(n > 0, layer + " is drawn"));
    assertTrue(counts.get("context") >= 3, "the boundary and the river draw the backdrop");
    browser.screenshot("12-basemap-unavailable");
    List<String> severe = browser.severeLogs(m -> m.startsWith(TILE_HOST) || m.contains(" " + TILE_HOST));
    assertEquals(List.of(), severe, "no console error but the tiles' own network errors");
  }
}
