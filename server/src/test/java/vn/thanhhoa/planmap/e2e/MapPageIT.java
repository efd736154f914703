package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.export.ExportFormats;

/**
 * The map page itself in headless Chromium, as MapIT runs it (the project's geodata, the tests' fixed clock, no
 * basemap): its English, its layout at a phone's width, its weight on a cold load, and the export dialog.
 */
class MapPageIT extends MapBrowserTest {

  @BeforeAll
  static void start() {
    startWithoutBasemap();
  }

  @BeforeEach
  void desktopViewport() {
    browser.viewport(null, null);
  }

  @Test
  void theEnglishSwitchChangesTheLabels() {
    open("#sel=feature:trung-tam-hien-huu");
    assertEquals("vi", browser.find("html").getAttribute("lang"));
    assertEquals("Nhiệm vụ", browser.find("#pm-tab-tasks").getText());
    String centresEn = "";
    for (JsonNode c : server.json("/collections", 200).path("collections")) {
      if (c.path("id").asText().equals("centres")) {
        centresEn = c.path("title_en").asText();
      }
    }
    browser.find("#pm-lang").click();
    assertEquals("en", browser.find("html").getAttribute("lang"));
    assertEquals("Tasks", browser.find("#pm-tab-tasks").getText());
    assertEquals("Tiếng Việt", browser.find("#pm-lang").getText());
    assertTrue(browser.find("#pm-tabpanel-layers").getText().contains(centresEn), "layer titles in English");
    assertEquals("Search places, tasks, agencies…", browser.find("#pm-search-input").getAttribute("placeholder"));
    String panel = panelText();
    assertTrue(panel.contains("Positional accuracy") && panel.toLowerCase().contains("linked tasks"), panel);
    assertTrue(panel.contains("1,337 days overdue") && panel.contains("31/03/2023"), panel);
    assertTrue(browser.driver.getCurrentUrl().contains("lang=en"));
    browser.screenshot("08-english");
    browser.find("#pm-lang").click();
    assertEquals("Nhiệm vụ", browser.find("#pm-tab-tasks").getText());
  }

  @Test
  void aPhoneWidthWindowShowsTheMapAndTheBottomSheet() {
    browser.viewport(360, 740);
    open("#sel=feature:dai-lo-bac-song-ma");
    assertEquals(360L, browser.js("return window.innerWidth"));
    Map<?, ?> map = (Map<?, ?>) browser.js("const r = document.getElementById('map').getBoundingClientRect();"
        + " return {w: r.width, h: r.height};");
    assertEquals(360L, ((Number) map.get("w")).longValue(), "the map spans the width");
    assertTrue(((Number) map.get("h")).doubleValue() > 400, "and most of the height");
    Map<?, ?> sheet = (Map<?, ?>) browser.js("const r = document.getElementById('pm-panel').getBoundingClientRect();"
        + " return {top: r.top, bottom: r.bottom, w: r.width};");
    assertEquals(360L, ((Number) sheet.get("w")).longValue(), "the panel is a full-width bottom sheet");
    assertEquals(740L, Math.round(((Number) sheet.get("bottom")).doubleValue()), "at the bottom");
    assertTrue(((Number) sheet.get("top")).doubleValue() > 740 * 0.35, "leaving the map visible above");
    assertTrue(panelText().contains("VI.2"));
    assertEquals(0L, browser.js("return document.documentElement.scrollWidth - window.innerWidth"),
        "nothing overflows sideways");
    browser.screenshot("09-phone-panel");

    browser.find("#pm-panel .pm-panel-close").click();
    browser.find("#pm-drawer-toggle").click();
    browser.waitFor("the drawer", d -> ((Number) browser.js(
        "return document.getElementById('pm-drawer').getBoundingClientRect().left")).doubleValue() >= 0);
    browser.screenshot("10-phone-drawer");
    browser.viewport(null, null);
  }

  /**
   * Cold load in a fresh browser profile: prints the figures for the README (time until every layer's data
   * has arrived and until the map is drawn; bytes transferred, compressed) and holds the 500 KB budget.
   */
  @Test
  void thePageAndAllLayerDataLoadFastAndLight() {
    try (Browser cold = Browser.start()) {
      cold.open(server.url("/"));
      Map<?, ?> m = (Map<?, ?>) cold.js("""
          const nav = performance.getEntriesByType('navigation')[0];
          const res = performance.getEntriesByType('resource');
          const size = (e) => e.transferSize > 0 ? e.transferSize : e.encodedBodySize;
          const items = res.filter((e) => e.name.includes('/items'));
          return {
            bytes: size(nav) + res.reduce((s, e) => s + size(e), 0),
            body: nav.encodedBodySize + res.reduce((s, e) => s + e.encodedBodySize, 0),
            decoded: nav.decodedBodySize + res.reduce((s, e) => s + e.decodedBodySize, 0),
            requests: res.length + 1,
            dataMs: Math.max(nav.responseEnd, ...res.map((e) => e.responseEnd)),
            layersMs: Math.max(...items.map((e) => e.responseEnd)),
            layerRequests: items.length,
            domMs: nav.domContentLoadedEventEnd,
            readyMs: window.planmap.readyAt,
            biggest: res.sort((a, b) => size(b) - size(a)).slice(0, 4)
                .map((e) => new URL(e.name).pathname + ' ' + size(e)).join(', '),
          };""");
      long bytes = ((Number) m.get("bytes")).longValue();
      System.out.printf("planmap page load (cold cache, loopback): all layer data in %.0f ms, map drawn at %.0f ms"
              + " (DOMContentLoaded %.0f ms); %s requests (%s layers), %.1f KB transferred (compressed; %.1f KB"
              + " uncompressed); biggest: %s%n",
          ((Number) m.get("layersMs")).doubleValue(), ((Number) m.get("readyMs")).doubleValue(),
          ((Number) m.get("domMs")).doubleValue(), m.get("requests"), m.get("layerRequests"), bytes / 1024.0,
          ((Number) m.get("decoded")).longValue() / 1024.0, m.get("biggest"));
      assertEquals(server.json("/collections", 200).path("collections").size(),
          ((Number) m.get("layerRequests")).longValue(), "one request per collection");
      assertTrue(bytes < 500 * 1024, "page weight without tiles under 500 KB compressed, was " + bytes);
      cold.screenshot("13-cold-load");
      assertEquals(List.of(), cold.severeLogs(message -> false));
    }
  }

  @Test
  void theExportDialogBuildsExportUrlsForTheVisibleLayersAndTheFilter() {
    open("#win=overdue&layers=centres,industrial-zones");
    browser.find("#pm-export").click();
    browser.visible("#pm-export-dialog");
    browser.waitFor("the formats", d -> !browser.findAll("#pm-export-dialog input[name=format]").isEmpty());
    assertEquals(ExportFormats.ALL.size(), browser.findAll("#pm-export-dialog input[name=format]").size(),
        "every export format");
    assertEquals(3, browser.findAll("#pm-export-dialog input[name=crs]").size(), "the three coordinate systems");
    browser.find("#pm-export-dialog input[name=crs][value=vn2000-thanhhoa]").click();
    String href = browser.find("#pm-export-download").getAttribute("href");
    assertTrue(href.endsWith( // the layers in drawing order
        "/export?layers=industrial-zones,centres&format=gpkg&crs=vn2000-thanhhoa&task="
        + overdueTaskCodes()), href);
    browser.screenshot("11-export");

    java.net.http.HttpResponse<byte[]> gpkg = server.getBytes(href.replace(server.url(""), ""));
    assertEquals(200, gpkg.statusCode(), "the server exports what the map asks for");
    assertTrue(gpkg.headers().firstValue("Content-Disposition").orElse("").contains(".gpkg"));

    browser.find("#pm-export-dialog input[name=format][value=kml]").click();
    assertFalse(browser.find("#pm-export-dialog input[name=crs][value=vn2000-thanhhoa]").isEnabled(),
        "KML cannot be VN-2000");
    assertTrue(browser.find("#pm-export-download").getAttribute("href").contains("format=kml&crs=wgs84"));
    browser.find("#pm-export-dialog button[value=close]").click();
    assertFalse(browser.find("#pm-export-dialog").isDisplayed());
  }

  /** The overdue tasks on the tests' day, as the export URL lists them (sorted, comma-separated). */
  private static String overdueTaskCodes() {
    java.util.TreeSet<String> codes = new java.util.TreeSet<>();
    server.json("/tasks?overdue=true", 200).path("tasks").forEach(t -> codes.add(t.path("code").asText()));
    return String.join(",", codes);
  }
}
