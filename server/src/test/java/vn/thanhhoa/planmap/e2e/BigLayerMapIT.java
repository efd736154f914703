package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.Sql;

/**
 * A layer above the map's tiling threshold (tiled-layer.js: 5 000 features) is drawn from vector tiles, never
 * downloaded as GeoJSON; panning over it at street zoom loads every tile within the bound the issue states (1 s a
 * tile from request to last byte, read from the browser's resource timings and logged; stretched by the load per core
 * when the machine runs more than it has cores), and the small layers keep their GeoJSON drawing.
 */
class BigLayerMapIT extends MapBrowserTest {
  private static final String LAYER = "lop-lon-thu-nghiem";
  private static final int FEATURES = 20_000;
  /** The bound on one tile, from its request to its last byte. */
  private static final double BOUND_MS = 1000;

  @BeforeAll
  static void start() {
    startWithoutBasemap();
    // 20 000 squares of ~20 m over a 0.1° × 0.1° block of the city, and a new data version for the catalog
    Sql.column(server.database.dataSource(), "INSERT INTO layer (id, title_vi, title_en, kinds, sort_order) VALUES"
        + " (?, 'Lớp lớn (thử nghiệm)', 'Big layer (test)', '[{\"id\":\"synthetic\",\"label_vi\":\"Tổng hợp\","
        + "\"label_en\":\"Synthetic\"}]', 900) RETURNING id", LAYER);
    Sql.column(server.database.dataSource(), "INSERT INTO feature (id, layer_id, name, kind, accuracy,"
        + " accuracy_class, accuracy_m, geom, search_text, sort_order)"
        + " SELECT ? || '-' || i, ?, 'Ô ' || i, 'synthetic', 'synthetic', 'not_located', 5000,"
        + " ST_MakeEnvelope(x, y, x + 0.0002, y + 0.0002, 4326), 'o ' || i, i"
        + " FROM (SELECT i, 105.74 + (i % 200) * 0.0005 AS x, 19.77 + (i / 200) * 0.001 AS y"
        + " FROM generate_series(0, ? - 1) i) s RETURNING 1", LAYER, LAYER, FEATURES);
    Sql.column(server.database.dataSource(), "UPDATE dataset_state SET version = version + 1 RETURNING version");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theBigLayerIsDrawnFromVectorTilesAndNoTileTakesASecondWhilePanning() {
    browser.open(server.url("/"));
    List<String> loading = new java.util.ArrayList<>();
    double[][] stops = {{19.82, 105.79}, {19.822, 105.80}, {19.81, 105.81}, {19.80, 105.795}, {19.815, 105.775}};
    for (int i = 0; i < stops.length; i++) {
      double[] stop = stops[i];
      if (i == 1) { // the first stop loads Leaflet.VectorGrid and warms the server: panning is measured from here
        loading.addAll((List<String>) browser.js("return performance.getEntriesByType('resource').map((e) => e.name)"));
        browser.js("performance.clearResourceTimings()");
      }
      browser.js("window.planmap.setView(arguments[0], arguments[1], 16)", stop[0], stop[1]);
      browser.waitFor("the vector tiles in view", d -> Boolean.TRUE.equals(browser.js(
          "const tiles = [...document.querySelectorAll('.pm-layer-pane .leaflet-tile')];"
              + "return tiles.length > 0 && tiles.every((t) => t.classList.contains('leaflet-tile-loaded'));")));
    }
    Number drawn = (Number) browser.js("return document.querySelectorAll('.pm-layer-pane .leaflet-tile path').length");
    assertTrue(drawn.intValue() > 100, "squares of the big layer are drawn in its tiles: " + drawn);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timings = (List<Map<String, Object>>) browser.js(
        "return performance.getEntriesByType('resource').map((e) => ({name: e.name, ms: e.responseEnd - e.requestStart,"
            + " queued: e.requestStart - e.startTime}));");
    List<Map<String, Object>> tiles = timings.stream()
        .filter(t -> String.valueOf(t.get("name")).contains("/collections/" + LAYER + "/tiles/WebMercatorQuad/"))
        .toList();
    // a tile's time is from its request to its last byte; the browser's own queue (six connections to a host)
    // before the request is logged apart
    double slowest = tiles.stream().mapToDouble(t -> ((Number) t.get("ms")).doubleValue()).max().orElse(-1);
    double queued = tiles.stream().mapToDouble(t -> ((Number) t.get("queued")).doubleValue()).max().orElse(-1);
    // The bound is for a machine doing nothing else; with more runnable processes than cores (CI runs its
    // suites side by side), each gets its share of a core, and the bound is stretched by that much.
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double share = Math.max(1, os.getSystemLoadAverage() / os.getAvailableProcessors());
    System.out.printf(java.util.Locale.ROOT, "BigLayerMapIT: %d vector tiles of %s (%,d features) loaded while"
        + " panning; slowest %.0f ms from request to last byte (longest wait in the browser's queue before it: %.0f"
        + " ms); load average %.1f on %d cores%n", tiles.size(), LAYER, FEATURES, slowest, queued,
        os.getSystemLoadAverage(), os.getAvailableProcessors());
    assertTrue(tiles.size() >= stops.length - 1, "tiles were requested at every stop: " + tiles.size());
    assertTrue(slowest < BOUND_MS * share, String.format(java.util.Locale.ROOT, "no tile slower than %.0f ms"
        + " (1 s × %.1f, this machine's load per core); slowest %.0f ms", BOUND_MS * share, share, slowest));
    timings.forEach(t -> loading.add(String.valueOf(t.get("name"))));
    assertEquals(List.of(), loading.stream().filter(n -> n.contains("/collections/" + LAYER + "/items")).toList(),
        "the big layer is never GeoJSON");
    assertTrue(loading.stream().anyMatch(n -> n.contains("/collections/roads/items")),
        "small layers still come as GeoJSON");
    browser.screenshot("30-big-layer-vector-tiles");
  }
}
