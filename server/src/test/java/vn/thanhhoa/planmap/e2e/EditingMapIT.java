package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;

/**
 * An editor redraws Đại lộ Bắc Sông Mã on the map by dragging a vertex handle of draw.js with the mouse,
 * saves, and the feature's history (panel and API) holds both geometries; the as-of view of 26/11/2026
 * still draws the old line. Two editors saving the same place: the second sees the conflict, keeps their
 * values and can save them on top of the latest version.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditingMapIT extends MapBrowserTest {
  private static final String ROAD = "dai-lo-bac-song-ma";
  private static JsonNode originalGeometry;

  @BeforeAll
  static void start() {
    startWithoutBasemap();
    Browserless.account(server.database, "an.editor", Role.EDITOR, List.of());
    Browserless.account(server.database, "binh.editor", Role.EDITOR, List.of());
    originalGeometry = server.json("/collections/roads/items/" + ROAD, 200).path("geometry");
  }




  private static long dataVersion(Browser b) {
    return ((Number) b.js("return window.planmap.dataVersion")).longValue();
  }

  private static String geometryOnMap(Browser b) {
    return String.valueOf(b.js("return JSON.stringify(window.planmap.geometry(arguments[0]))", ROAD));
  }

  @Test
  @Order(1)
  void anEditorRedrawsTheAvenueByDraggingAVertex() {
    browser.open(server.url("/#sel=feature:" + ROAD));
    assertTrue(browser.findAll("#pm-edit").isEmpty(), "no Edit for a viewer");
    assertEquals("", browser.signIn("an.editor", Browserless.PASSWORD));
    assertTrue(browser.find("#pm-user").getText().contains("Biên tập viên"));
    String before = geometryOnMap(browser);
    browser.visible("#pm-edit").click();
    browser.visible("#pm-edit-form");
    browser.find("#pm-edit-redraw").click();
    browser.waitFor("vertex handles", d -> browser.findAll(".pm-vertex[data-vertex]").size() >= 2);
    int handles = browser.findAll(".pm-vertex[data-vertex]").size();
    browser.screenshot("30a-redraw-handles");
    List<Number> at = null;
    for (int v = 1; v < handles && at == null; v++) {
      @SuppressWarnings("unchecked")
      List<Number> p = (List<Number>) browser.js("return window.planmap.vertexPoint(0, arguments[0])", v);
      at = p;
    }
    assertTrue(at != null, "an unobstructed vertex handle");
    new Actions(browser.driver).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).clickAndHold()
        .moveByOffset(10, 10).moveByOffset(15, 15).release().perform();
    browser.waitFor("the redraw to be noted", d -> !browser.find("#pm-edit-geometry-note").getText().isEmpty());
    assertEquals(handles, browser.findAll(".pm-vertex[data-vertex]").size(), "a drag moves, it does not delete");
    browser.screenshot("30-redraw-dragged");
    long version = dataVersion(browser);
    browser.find(".pm-draw-toolbar [data-draw=save]").click();
    browser.waitFor("the saved data", d -> dataVersion(browser) > version);
    assertTrue(browser.findAll(".pm-vertex").isEmpty(), "the handles are gone");
    String after = geometryOnMap(browser);
    assertNotEquals(before, after, "the map draws the new line");

    browser.waitFor("the panel's history", d -> !browser.findAll("#pm-history[data-loaded=true]").isEmpty());
    String history = browser.find("#pm-history").getText();
    assertTrue(history.contains("an.editor") && history.contains("vẽ lại hình học"), history);
    browser.screenshot("31-redraw-saved-history");
    JsonNode row = Browserless.read(server.get("/history?entity=feature&id=" + ROAD).body()).path("history").get(0);
    assertEquals("an.editor", row.path("username").asText());
    assertNotEquals(row.path("before").path("geom").asText(), row.path("after").path("geom").asText(),
        "the history keeps both geometries");
  }

  @Test
  @Order(2)
  void theAsOfViewOfYesterdayDrawsTheOldGeometry() {
    browser.open(server.url("/#sel=feature:" + ROAD + "&asof=2026-11-26"));
    assertEquals("Đang xem dữ liệu ngày 26/11/2026", browser.visible("#pm-asof-text").getText());
    JsonNode drawn = Browserless.read(geometryOnMap(browser));
    assertEquals(originalGeometry, drawn, "as of yesterday: the old line");
    assertTrue(browser.findAll("#pm-edit").isEmpty(), "no editing in the past");
    browser.screenshot("32-as-of-old-geometry");
    browser.find("#pm-asof-today").click();
    browser.waitFor("today's line", d -> !Browserless.read(geometryOnMap(browser)).equals(originalGeometry));
  }

  @Test
  @Order(3)
  void theSecondOfTwoEditorsSeesTheConflictAndKeepsTheirValues() {
    String place = "pho-le-hoan";
    browser.open(server.url("/#sel=feature:" + place));
    try (Browser other = Browser.start()) {
      other.open(server.url("/#sel=feature:" + place));
      assertEquals("", other.signIn("binh.editor", Browserless.PASSWORD));
      other.visible("#pm-edit").click();
      browser.visible("#pm-edit").click();
      WebElement mine = browser.visible("#pm-edit-name");
      WebElement theirs = other.visible("#pm-edit-name");
      theirs.clear();
      theirs.sendKeys("Phố Lê Hoàn (Bình sửa)");
      other.find("#pm-edit-save").click();
      other.waitFor("binh's save", d -> other.findAll("#pm-edit-form").isEmpty());
      assertEquals(List.of(), other.severeLogs(m -> false), "binh: JavaScript console errors");
    }
    WebElement mine = browser.find("#pm-edit-name");
    mine.clear();
    mine.sendKeys("Phố Lê Hoàn (An sửa)");
    browser.find("#pm-edit-name_en").clear();
    browser.find("#pm-edit-name_en").sendKeys("Le Hoan Street (edited by An)");
    browser.find("#pm-edit-save").click();
    browser.waitFor("the conflict", d -> !browser.findAll("#pm-edit-conflict .pm-conflict").isEmpty());
    String conflict = browser.find("#pm-edit-conflict").getText();
    assertTrue(conflict.contains("binh.editor"), "who saved: " + conflict);
    assertTrue(conflict.contains("Phố Lê Hoàn (Bình sửa)"), "what they saved: " + conflict);
    assertEquals("Phố Lê Hoàn (An sửa)", browser.find("#pm-edit-name").getAttribute("value"), "my value is kept");
    assertEquals("Le Hoan Street (edited by An)", browser.find("#pm-edit-name_en").getAttribute("value"));
    browser.screenshot("33-conflict");
    assertEquals(List.of(), browser.severeLogs(m -> m.contains("/edit/features/" + place) && m.contains("409")),
        "only the 409 itself is logged");

    browser.find("#pm-edit-reapply").click();
    assertEquals("Phố Lê Hoàn (An sửa)", browser.find("#pm-edit-name").getAttribute("value"));
    long version = dataVersion(browser);
    browser.find("#pm-edit-save").click();
    browser.waitFor("the save on top of binh's", d -> dataVersion(browser) > version);
    assertEquals("Phố Lê Hoàn (An sửa)", server.json("/collections/roads/items/" + place, 200).path("properties")
        .path("name").asText());
    assertFalse(browser.findAll("#pm-panel-title").isEmpty());
  }
}
