package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When basemap tiles cannot load (offline, the normal case on this machine) the map still draws every
 * layer on a plain background and says "Bản đồ nền không tải được / Basemap unavailable". The tile URL
 * points at a port nothing serves, so the only console errors are those tile requests, filtered by host.
 */
class BasemapIT extends MapBrowserTest {
  private static final String TILE_HOST = "http://127.0.0.1:9/";

  @BeforeAll
  static void start() {
    startServerAndBrowser(c -> c.withTileUrl(TILE_HOST + "{z}/{x}/{y}.png"));
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
  }

  /** The unreachable tiles' own network errors, and nothing else. */
  @Override
  Predicate<String> expectedConsoleErrors() {
    return m -> m.startsWith(TILE_HOST) || m.contains(" " + TILE_HOST);
  }
}
