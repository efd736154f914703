package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.thanhhoa.planmap.support.ProjectGeodata;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * The planners' map in headless Chromium against the real server, PostGIS and the project's geodata,
 * with the fixed clock of the tests (27/11/2026) and no basemap (the machine is offline: BasemapIT tests
 * the note shown when tiles fail). Every test fails on any console error and saves a screenshot.
 */
class MapIT extends MapBrowserTest {

  @BeforeAll
  static void start() {
    startWithoutBasemap();
  }

  @BeforeEach
  void desktopViewport() {
    browser.viewport(null, null);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Long> layerCounts() {
    return (Map<String, Long>) browser.js("return window.planmap.layerCounts()");
  }

  @Test
  void theMapLoadsWithEveryLayerDrawn() throws Exception {
    open("");
    Map<String, Long> expected = new LinkedHashMap<>();
    for (JsonNode c : server.json("/collections", 200).path("collections")) {
      String shownIn = c.path("group").asText(c.path("id").asText()); // a grouped collection is drawn in its group
      expected.merge(shownIn, server.json("/collections/" + c.path("id").asText() + "/items?limit=1", 200)
          .path("numberMatched").asLong(), Long::sum);
    }
    long mapLayers = 0;
    for (JsonNode l : server.mapper.readTree(TestServer.GEODATA.resolve("layers/layers.json").toFile())) {
      mapLayers += l.has("group") ? 0 : 1;
    }
    assertEquals(mapLayers, expected.size(), "one map layer per layer of geodata/layers/layers.json without a group");
    assertEquals(expected, layerCounts(), "every feature of every layer is drawn");
    expected.values().forEach(n -> assertTrue(n > 0));
    assertTrue(browser.find("#map").isDisplayed());
    assertTrue(browser.find("#pm-schematic").getText().contains("sơ đồ"), "the page says geometries are schematic");
    assertEquals("Không có bản đồ nền (chưa cấu hình)", browser.visible("#pm-basemap-note").getText());
    assertEquals(expected.size(), browser.findAll("#pm-tabpanel-layers input[name=layer]:checked").size(),
        "a checked toggle per layer");
    assertFalse(browser.findAll("#map .pm-badge-overdue").isEmpty(), "overdue badges are drawn");
    assertFalse(browser.findAll("#map .pm-badge-stalled").isEmpty(), "stalled badges are drawn");
    browser.screenshot("01-map-loads");

    WebElement toggle = browser.find("#pm-tabpanel-layers input[value=roads]");
    toggle.click();
    assertEquals(0L, layerCounts().get("roads"), "unchecking a layer removes it");
    assertTrue(browser.driver.getCurrentUrl().contains("layers="), "the visible layers are in the URL");
    browser.find("#pm-tabpanel-layers input[value=roads]").click();
    assertEquals(expected.get("roads"), layerCounts().get("roads"));
  }

  @Test
  void searchingBacSongMaOpensTheAvenueWithItsTask() {
    open("");
    WebElement input = browser.find("#pm-search-input");
    assertEquals("combobox", input.getAttribute("role"));
    input.sendKeys("bac song ma");
    // the list is redrawn as each keystroke's answer arrives: wait until it holds the avenue and stays as it is
    String[] last = {""};
    browser.waitFor("settled suggestions with the avenue", d -> {
      String now = String.join("\n", suggestionTexts());
      boolean settled = now.equals(last[0]) && now.contains("Đại lộ Bắc Sông Mã");
      last[0] = now;
      return settled;
    });
    assertEquals("true", input.getAttribute("aria-expanded"));
    List<String> options = suggestionTexts();
    int target = -1;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).contains("Đại lộ Bắc Sông Mã")) {
        target = i;
      }
    }
    assertTrue(target >= 0, "a suggestion for Đại lộ Bắc Sông Mã among " + options);
    for (int i = 0; i <= target; i++) {
      input.sendKeys(Keys.ARROW_DOWN);
    }
    assertEquals("pm-option-" + target, input.getAttribute("aria-activedescendant"));
    assertEquals("true", browser.find("#pm-option-" + target).getAttribute("aria-selected"));
    browser.screenshot("02-search-suggestions");
    input.sendKeys(Keys.ENTER);

    String panel = panelText();
    assertEquals("Đại lộ Bắc Sông Mã", browser.find("#pm-panel-title").getText());
    assertTrue(panel.contains("VI.2"), panel);
    assertTrue(panel.contains("Trong thời gian thực hiện Nghị quyết"), "the deadline as written: " + panel);
    assertTrue(panel.contains("Độ chính xác vị trí"), "the accuracy note is shown");
    assertTrue(browser.driver.getCurrentUrl().contains("sel=feature:dai-lo-bac-song-ma"));
    assertEquals("false", input.getAttribute("aria-expanded"));
    browser.screenshot("03-search-chosen-panel");

    input.clear();
    input.sendKeys("so xay");
    String[] before = {""};
    browser.waitFor("settled suggestions with the agency", d -> {
      String now = String.join("\n", suggestionTexts());
      boolean settled = now.equals(before[0]) && now.contains("Sở Xây dựng");
      before[0] = now;
      return settled;
    });
    List<String> agencyOptions = suggestionTexts();
    int agency = 0;
    while (!agencyOptions.get(agency).contains("Sở Xây dựng")) {
      agency++;
    }
    for (int i = 0; i <= agency; i++) {
      input.sendKeys(Keys.ARROW_DOWN);
    }
    input.sendKeys(Keys.ENTER);
    browser.waitFor("the agency's panel", d -> browser.find("#pm-panel-title").getText().equals("Sở Xây dựng"));
    assertTrue(panelText().contains("III.1"), "the tasks it leads");

    input.clear();
    input.sendKeys("ham rong");
    browser.waitFor("suggestions again", d -> "true".equals(input.getAttribute("aria-expanded")));
    input.sendKeys(Keys.ESCAPE);
    assertEquals("false", input.getAttribute("aria-expanded"), "Escape closes the suggestions");
    input.sendKeys(Keys.ESCAPE);
    assertEquals("", input.getAttribute("value"), "a second Escape clears the box");
  }

  @Test
  void clickingAnUrbanCentreShowsItsTaskAndDeadline() {
    open("");
    assertTrue(browser.findAll("#map .leaflet-pm-halo-pane path").isEmpty());
    browser.hoverFeature("trung-tam-hien-huu");
    browser.waitFor("the hover highlight", d -> !browser.findAll("#map .leaflet-pm-halo-pane path").isEmpty());
    browser.waitFor("the name on hover", d -> browser.findAll(".pm-tooltip").stream()
        .anyMatch(t -> t.getText().equals("Trung tâm hiện hữu")));
    browser.screenshot("04a-centre-hover");
    browser.clickFeature("trung-tam-hien-huu");
    String panel = panelText();
    assertEquals("Trung tâm hiện hữu", browser.find("#pm-panel-title").getText());
    assertTrue(panel.contains("IV.10"), panel);
    assertTrue(panel.contains("Quý I/2023"), "deadline as written: " + panel);
    assertTrue(panel.contains("31/03/2023"), "deadline as a date: " + panel);
    assertTrue(panel.contains("Quá hạn 1.337 ngày"), "days overdue on 27/11/2026: " + panel);
    assertTrue(panel.contains("UBND thành phố Thanh Hóa") || panel.contains("Ủy ban nhân dân thành phố Thanh Hóa"),
        "the lead agency: " + panel);
    assertTrue(panel.contains("Xây dựng đề án phát triển 6 trung tâm"), "the programme's sentence: " + panel);
    assertFalse(browser.findAll("#map path.pm-selected[data-feature=trung-tam-hien-huu]").isEmpty(),
        "the selected feature stays highlighted");
    browser.screenshot("04-centre-panel");

    browser.find("#pm-panel .pm-panel-close").click();
    assertFalse(browser.find("#pm-panel").isDisplayed(), "the panel closes");
    assertTrue(browser.findAll("#map .pm-selected").isEmpty(), "and the highlight goes");
  }

  @Test
  void theOverdueFilterDimsWhatDoesNotMatch() {
    open("");
    browser.find("#pm-tab-tasks").click();
    String before = browser.visible("#pm-task-count").getText();
    assertTrue(browser.findAll("#map .pm-dimmed").isEmpty(), "nothing dimmed without a filter");
    new Select(browser.find("#pm-filter-window")).selectByValue("overdue");
    String after = browser.find("#pm-task-count").getText();
    assertNotEquals(before, after, "the task list is narrowed");
    List<WebElement> shown = browser.findAll("#pm-task-list [data-task]");
    assertFalse(shown.isEmpty());
    shown.forEach(t -> assertTrue(t.getText().contains("Quá hạn"), t.getText()));
    assertFalse(browser.findAll("#map path.pm-dimmed[data-feature=dai-lo-bac-song-ma]").isEmpty(),
        "an avenue whose task runs through the resolution is dimmed");
    assertTrue(browser.findAll("#map .pm-dimmed[data-feature=trung-tam-hien-huu]").isEmpty(),
        "a centre whose task IV.10 is overdue is not");
    assertTrue(browser.driver.getCurrentUrl().contains("win=overdue"), "the filter is in the URL");
    browser.screenshot("05-overdue-filter");

    browser.find("#pm-tabpanel-tasks [data-task='IV.10']").click();
    String panel = panelText();
    assertTrue(panel.contains("Trung tâm Đông Bắc"), "the task's places are listed: " + panel);
    assertEquals(ProjectGeodata.linkedTo("IV.10"), browser.findAll("#map path.pm-selected").size(),
        "every place of IV.10 (the centres) is highlighted");
    browser.screenshot("06-task-places");

    browser.find("#pm-filter-dim").click();
    assertTrue(browser.findAll("#map .pm-dimmed").isEmpty(), "dimming can be switched off");
  }

  @Test
  void aSharedUrlReopensTheSameMapAndBackForwardWork() {
    open("");
    browser.clickFeature("trung-tam-hien-huu");
    panelText();
    browser.find("#pm-tab-tasks").click();
    new Select(browser.find("#pm-filter-lead")).selectByValue("ubnd-thanh-pho-thanh-hoa");
    browser.find("#pm-tab-layers").click();
    browser.find("#pm-tabpanel-layers input[value=facilities]").click();
    // zoom out, not in: a link never opens a place closer than its accuracy allows (±700 m here), so a view
    // zoomed in past that would rightly be widened on reopening
    double zoomBefore = zoom();
    browser.find("#map .leaflet-control-zoom-out").click();
    // the zoom-out done and written in the URL (a view written earlier, by the selection's pan, does not count)
    browser.waitFor("the zoomed-out view in the URL", d -> zoom() < zoomBefore && mapParam(d.getCurrentUrl()) != null
        && Double.parseDouble(mapParam(d.getCurrentUrl()).split("/")[0]) == zoom()
        && Boolean.TRUE.equals(browser.js("return window.planmap.state().view?.zoom === window.planmap.zoom()")));
    String url = browser.driver.getCurrentUrl();
    @SuppressWarnings("unchecked")
    Map<String, Object> before = (Map<String, Object>) browser.js("return window.planmap.state()");

    open(url.substring(url.indexOf('#')));
    @SuppressWarnings("unchecked")
    Map<String, Object> after = (Map<String, Object>) browser.js("return window.planmap.state()");
    assertEquals(mapParam(url), mapParam(browser.driver.getCurrentUrl()), "same zoom and centre");
    assertEquals(((Map<?, ?>) before.get("view")).get("zoom"), ((Map<?, ?>) after.get("view")).get("zoom"));
    assertEquals(before.get("layers"), after.get("layers"), "same visible layers");
    assertEquals(before.get("filter"), after.get("filter"), "same filter");
    assertEquals("Trung tâm hiện hữu", browser.visible("#pm-panel-title").getText(), "same selection");
    assertEquals(0L, layerCounts().get("facilities"), "the hidden layer stays hidden");
    assertFalse(browser.find("#pm-tabpanel-layers input[value=facilities]").isSelected());
    browser.screenshot("07-shared-url");

    browser.find("#pm-panel button[data-task='IV.10']").click();
    browser.waitFor("the task panel", d -> browser.find("#pm-panel-title").getText().contains("IV.10"));
    browser.driver.navigate().back();
    browser.waitFor("back to the centre", d -> browser.find("#pm-panel-title").getText().equals("Trung tâm hiện hữu"));
    browser.driver.navigate().forward();
    browser.waitFor("forward to the task", d -> browser.find("#pm-panel-title").getText().contains("IV.10"));
  }

  private double zoom() {
    return ((Number) browser.js("return window.planmap.zoom()")).doubleValue();
  }

  private static String mapParam(String url) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("map=([^&]+)").matcher(url);
    return m.find() ? m.group(1) : null;
  }

  /** The search suggestions' texts, read in one script (the list may be redrawn between two WebDriver calls). */
  @SuppressWarnings("unchecked")
  private List<String> suggestionTexts() {
    return (List<String>) browser.js(
        "return [...document.querySelectorAll('#pm-search-list [role=option]')].map((o) => o.textContent);");
  }
}
