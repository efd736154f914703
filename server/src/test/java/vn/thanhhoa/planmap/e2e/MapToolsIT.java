package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import vn.thanhhoa.planmap.coordinates.Cs2cs;

/**
 * The map's tools in headless Chromium: the selected place stays in sight beside the panel, the scale
 * bar, place labels without overlaps, the cursor's VN-2000 coordinates against PROJ's cs2cs, and the
 * measuring tool against PostGIS's geodesic length and area (ST_Length/ST_Area on geography).
 */
class MapToolsIT extends DesktopMapTest {
  /** Bảo tàng tỉnh, a point of geodata/layers/facilities.geojson. */
  private static final String MUSEUM = "bao-tang-tinh";


  private double mapWidth() {
    return ((Number) browser.js("return document.getElementById('map').getBoundingClientRect().width")).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Number> rect(String css) {
    return (Map<String, Number>) browser.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", css);
  }

  @Test
  void theSelectedPlaceStaysInViewBesideThePanel() {
    // zoom 15 with the museum 120 px from the map's right edge: where the panel (400 px) will open
    int zoom = 15;
    double degPerPx = 360.0 / (256 * Math.pow(2, zoom));
    browser.open(server.url("/#map=" + zoom + "/19.8155/" + (105.78 - (1280 - 340) / 2.0 * degPerPx + 120 * degPerPx)));
    String marker = "#map .leaflet-marker-icon[data-feature=\"" + MUSEUM + "\"]";
    assertTrue(rect(marker).get("left").doubleValue() > rect("#map").get("right").doubleValue() - 400,
        "the museum starts where the panel will open");
    browser.clickFeature(MUSEUM);
    browser.visible("#pm-panel");
    browser.waitFor("the map to pan the museum clear of the panel", d -> {
      Map<String, Number> m = rect(marker);
      Map<String, Number> panel = rect("#pm-panel");
      return m.get("right").doubleValue() <= panel.get("left").doubleValue()
          && m.get("left").doubleValue() >= rect("#map").get("left").doubleValue();
    });
    assertTrue(browser.find("#pm-panel").getText().contains("Bảo tàng"), browser.find("#pm-panel").getText());
    assertEquals(15.0, ((Number) browser.js("return window.planmap.state().view.zoom")).doubleValue(), 0.01,
        "the map pans, it does not zoom");
    browser.screenshot("tools-01-selection-beside-panel");
  }

  @Test
  void theScaleBarIsMetric() {
    browser.open(server.url("/#map=14/19.81/105.78"));
    String text = browser.visible(".leaflet-control-scale-line").getText();
    assertTrue(text.matches("\\d+ (m|km)"), "scale bar reads " + text);
  }

  @Test
  void placeNamesAppearAtCloseZoomsWithoutOverlapping() {
    browser.open(server.url("/#map=12/19.81/105.78"));
    assertEquals(0, browser.findAll(".pm-place-label").size(), "no names at the city's scale");
    browser.open(server.url("/#map=15/19.808/105.779"));
    browser.waitFor("names to be written", d -> !browser.findAll(".pm-place-label").isEmpty());
    @SuppressWarnings("unchecked")
    List<List<Number>> boxes = (List<List<Number>>) browser.js("return [...document.querySelectorAll('.pm-place-label')]"
        + ".map((el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        List<Number> a = boxes.get(i);
        List<Number> b = boxes.get(j);
        boolean overlap = a.get(0).doubleValue() < b.get(2).doubleValue() && a.get(2).doubleValue() > b.get(0).doubleValue()
            && a.get(1).doubleValue() < b.get(3).doubleValue() && a.get(3).doubleValue() > b.get(1).doubleValue();
        assertFalse(overlap, "labels " + i + " and " + j + " overlap: " + a + " " + b);
      }
    }
    browser.screenshot("tools-02-labels");
    browser.open(server.url("/#map=17/19.8155/105.78"));
    browser.waitFor("the museum to be named", d -> browser.js("return [...document.querySelectorAll('.pm-place-label')]"
        + ".map((e) => e.textContent).join('|')").toString().contains("Bảo tàng tỉnh"));
  }

  @Test
  void theCursorReadoutShowsVn2000CoordinatesThatAgreeWithCs2cs() throws Exception {
    browser.open(server.url("/#map=15/19.8075/105.77639"));
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) browser.js("return window.planmap.pagePoint(19.8075, 105.77639)");
    new Actions(browser.driver).moveToLocation(p.get(0).intValue(), p.get(1).intValue()).perform();
    browser.waitFor("the VN-2000 coordinates", d -> "ok".equals(browser.find(".pm-cursor-vn").getAttribute("data-state")));
    double lat = Double.parseDouble(browser.find("#pm-cursor").getAttribute("data-lat"));
    double lng = Double.parseDouble(browser.find("#pm-cursor").getAttribute("data-lng"));
    assertEquals(19.8075, lat, 0.0001, "the cursor is at the known point (within a pixel)");
    assertEquals(105.77639, lng, 0.0001);
    double[] expected = Cs2cs.run(5897, List.of(new double[] {lng, lat})).get(0);
    String text = browser.find(".pm-cursor-vn").getText();
    Matcher m = Pattern.compile("X = ([\\d.]+,\\d\\d) m · Y = ([\\d.]+,\\d\\d) m").matcher(text);
    assertTrue(m.find(), "readout: " + text);
    double x = Double.parseDouble(m.group(1).replace(".", "").replace(',', '.'));
    double y = Double.parseDouble(m.group(2).replace(".", "").replace(',', '.'));
    assertEquals(expected[1], x, 0.1, "X (northing) as cs2cs gives it: " + text);
    assertEquals(expected[0], y, 0.1, "Y (easting) as cs2cs gives it: " + text);
    String wgs = browser.find(".pm-cursor-wgs").getText();
    assertTrue(wgs.startsWith("WGS84 19,80") && wgs.contains("° B") && wgs.contains("105,77") && wgs.contains("° Đ"), wgs);
    browser.screenshot("tools-03-cursor");
  }

  private List<Number> at(double lat, double lng) {
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) browser.js("return window.planmap.pagePoint(arguments[0], arguments[1])", lat, lng);
    return p;
  }

  private double postgis(String sql, String wkt) throws Exception {
    try (Connection c = server.database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, wkt);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getDouble(1);
      }
    }
  }

  private static String coordsWkt(JsonNode points, boolean close) {
    StringBuilder b = new StringBuilder();
    for (JsonNode pt : points) {
      b.append(b.length() > 0 ? "," : "").append(pt.get(0).asDouble()).append(' ').append(pt.get(1).asDouble());
    }
    if (close) {
      b.append(',').append(points.get(0).get(0).asDouble()).append(' ').append(points.get(0).get(1).asDouble());
    }
    return b.toString();
  }

  @Test
  void measuringAKnownSegmentGivesItsGeodesicLengthAndAnAreaItsGeodesicArea() throws Exception {
    browser.open(server.url("/#map=14/19.81/105.78"));
    browser.find("#pm-measure button[data-mode=distance]").click();
    List<Number> a = at(19.80, 105.765);
    List<Number> b = at(19.82, 105.795);
    new Actions(browser.driver).moveToLocation(a.get(0).intValue(), a.get(1).intValue()).click()
        .moveToLocation(b.get(0).intValue(), b.get(1).intValue()).doubleClick().perform();
    browser.waitFor("the measurement to end", d -> "true".equals(browser.find("#pm-measure-result").getAttribute("data-done")));
    assertTrue(browser.findAll("#pm-panel:not([hidden])").isEmpty(), "measuring opened no place");
    JsonNode points = server.mapper.readTree(browser.find("#pm-measure-result").getAttribute("data-points"));
    assertEquals(2, points.size(), "two points: " + points);
    double metres = Double.parseDouble(browser.find("#pm-measure-result").getAttribute("data-metres"));
    double reference = postgis("SELECT ST_Length(ST_GeogFromText('LINESTRING(' || ? || ')'))", coordsWkt(points, false));
    assertEquals(reference, metres, 0.001, "the geodesic length of the measured segment (PostGIS)");
    double known = postgis("SELECT ST_Length(ST_GeogFromText(?))", "LINESTRING(105.765 19.80, 105.795 19.82)");
    assertEquals(known, metres, 15, "the segment clicked is the known one, within a pixel at its ends (zoom 14)");
    String text = browser.find("#pm-measure-result").getText();
    assertTrue(text.contains("Chiều dài: 3,") && text.contains(" km"), text);

    browser.find("#pm-measure button[data-mode=area]").click();
    List<Number> c = at(19.80, 105.795);
    new Actions(browser.driver).moveToLocation(a.get(0).intValue(), a.get(1).intValue()).click()
        .moveToLocation(c.get(0).intValue(), c.get(1).intValue()).click()
        .moveToLocation(b.get(0).intValue(), b.get(1).intValue()).doubleClick().perform();
    browser.waitFor("the area to end", d -> "true".equals(browser.find("#pm-measure-result").getAttribute("data-done")));
    JsonNode ring = server.mapper.readTree(browser.find("#pm-measure-result").getAttribute("data-points"));
    assertEquals(3, ring.size(), "three corners: " + ring);
    double squareMetres = Double.parseDouble(browser.find("#pm-measure-result").getAttribute("data-square-metres"));
    double area = postgis("SELECT ST_Area(ST_GeogFromText('POLYGON((' || ? || '))'))", coordsWkt(ring, true));
    assertEquals(area, squareMetres, area * 2e-6, "the geodesic area of the measured triangle (PostGIS)");
    assertTrue(browser.find("#pm-measure-result").getText().contains(" ha"), browser.find("#pm-measure-result").getText());
    browser.screenshot("tools-04-measure");
    browser.find("#pm-measure button[data-mode=area]").click();
    assertTrue(browser.find("#pm-measure-result").getAttribute("hidden") != null, "the tool closes");
  }
}
