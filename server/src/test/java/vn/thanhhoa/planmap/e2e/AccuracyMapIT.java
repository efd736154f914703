package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;

/**
 * The map draws each place by how certain it is, the legend says how, and a place never opens closer than its
 * accuracy allows. Industrial zones: kcn-le-mon is made surveyed (±2 m) through the editing API first;
 * kcn-hoang-long stays schematic (±1,500 m); kdt-ven-song-hac is inferred (±500 m).
 */
class AccuracyMapIT extends MapBrowserTest {

  @BeforeAll
  static void start() {
    startWithoutBasemap();
    Browserless.account(server.database, "duc.editor", Role.EDITOR, List.of());
    Browserless editor = new Browserless(server.url("")).signedIn("duc.editor");
    String etag = editor.get("/edit/features/kcn-le-mon").headers().firstValue("ETag").orElseThrow();
    var r = editor.write("PATCH", "/edit/features/kcn-le-mon", """
        {"accuracy": {"class": "surveyed", "metres": 2, "source": "Bản đồ đo đạc 1/500", "source_en": "Survey map 1/500"}}""",
        "If-Match", etag);
    assertEquals(200, r.statusCode(), r.body());
  }

  private String attr(WebElement el, String name) {
    String v = el.getAttribute(name);
    return v == null ? "" : v;
  }

  private String css(WebElement el, String property) {
    return (String) browser.js("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", el, property);
  }

  @Test
  void schematicPlacesHaveNoCrispEdgeSurveyedOnesDoAndTheLegendSaysSo() {
    browser.open(server.url("/"));
    browser.waitFor("the map", d -> Boolean.TRUE.equals(browser.js("return window.planmap.ready")));

    WebElement surveyed = browser.find("path[data-feature='kcn-le-mon']");
    assertTrue(attr(surveyed, "class").contains("pm-acc-surveyed"), attr(surveyed, "class"));
    assertFalse(attr(surveyed, "stroke").equals("none") || attr(surveyed, "stroke").isEmpty(), "a crisp edge");
    assertEquals("", attr(surveyed, "stroke-dasharray"), "a solid edge");
    assertEquals("none", css(surveyed, "filter"));

    WebElement schematic = browser.find("path[data-feature='kcn-hoang-long']");
    assertTrue(attr(schematic, "class").contains("pm-acc-schematic"), attr(schematic, "class"));
    assertEquals("none", attr(schematic, "stroke"), "the schematic area itself has no outline");
    WebElement band = browser.find("path[data-uncertainty-of='kcn-hoang-long']");
    assertTrue(attr(band, "class").contains("pm-acc-soft"), attr(band, "class"));
    assertTrue(css(band, "filter").contains("blur"), "its edge is a blurred band: " + css(band, "filter"));
    assertTrue(Double.parseDouble(attr(band, "stroke-opacity")) < 0.5, "and faint");

    WebElement inferred = browser.find("path[data-feature='kdt-ven-song-hac']");
    assertEquals("7 5", attr(inferred, "stroke-dasharray"), "an inferred place is dashed");

    // a not-located point: its symbol and a soft disc of its stated radius (±3,000 m), no ring
    WebElement disc = browser.find("path[data-uncertainty-of='trung-tam-van-hoa-tinh']");
    assertTrue(attr(disc, "class").contains("pm-acc-halo"), attr(disc, "class"));
    assertEquals("none", attr(disc, "stroke"));

    WebElement legend = browser.find("#pm-tabpanel-layers [data-accuracy-legend='schematic']");
    assertTrue(legend.getText().contains("Sơ đồ") && legend.getText().contains("không có viền rõ"), legend.getText());
    assertTrue(browser.find("#pm-tabpanel-layers [data-accuracy-legend='surveyed']").getText().contains("viền liền"));
    assertTrue(browser.find("#pm-tabpanel-layers [data-accuracy-legend='inferred']").getText().contains("nét đứt"));
    browser.screenshot("accuracy-01-drawn-by-class");
  }

  @Test
  void aSharedLinkToAPlaceOf1500MetresOpensWithItsWholeUncertaintyInView() {
    // the link asks for zoom 17 right on the place; its ±1,500 m circle cannot fit at that zoom
    browser.open(server.url("/#map=17/19.852/105.815&sel=feature:trung-tam-dong-bac"));
    browser.waitFor("the map", d -> Boolean.TRUE.equals(browser.js("return window.planmap.ready")));
    browser.waitFor("the panel", d -> browser.find("#pm-panel-title").getText().contains("Đông Bắc"));
    @SuppressWarnings("unchecked")
    List<Number> need = (List<Number>) browser.js("return window.planmap.uncertaintyBbox('trung-tam-dong-bac')");
    assertNotNull(need);
    browser.waitFor("the uncertainty in view", d -> contains(view(), need));
    double widthKm = (view().get(2).doubleValue() - view().get(0).doubleValue()) * 111.32 * Math.cos(Math.toRadians(19.85));
    assertTrue(widthKm > 3, "opened farther out than the link's zoom 17 (about 1.5 km wide): " + widthKm + " km");
    assertTrue(contains(view(), need), "the whole ±1,500 m circle is in view: " + view() + " ⊇ " + need);
    String panel = browser.visible("#pm-panel").getText();
    assertTrue(panel.contains("Sơ đồ") && panel.contains("±1.500 m"), panel);
    assertFalse(panel.contains("gazetteer.tsv"), "no internal file names: " + panel);
    browser.screenshot("accuracy-02-shared-link");
  }

  @SuppressWarnings("unchecked")
  private List<Number> view() {
    return (List<Number>) browser.js("return window.planmap.viewBbox()");
  }

  private static boolean contains(List<Number> outer, List<Number> inner) {
    return outer.get(0).doubleValue() <= inner.get(0).doubleValue() && outer.get(1).doubleValue() <= inner.get(1).doubleValue()
        && outer.get(2).doubleValue() >= inner.get(2).doubleValue() && outer.get(3).doubleValue() >= inner.get(3).doubleValue();
  }
}
