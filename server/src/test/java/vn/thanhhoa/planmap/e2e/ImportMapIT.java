package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ImportFiles;

/**
 * An editor imports a zipped Shapefile (VN-2000 TM-3, built by GDAL) on the map: sees the preview drawn and
 * the matched place proposed, assigns the feature to it, states the accuracy, applies; the place's shape
 * and its history change. An AutoCAD drawing (DXF, no CRS in it) is read once its CRS is chosen.
 */
class ImportMapIT extends MapBrowserTest {
  private static final String PLACE = "kcn-le-mon";
  private static final String POLYGON = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      + "\"properties\":{\"TEN\":\"Khu công nghiệp Lễ Môn\",\"DIEN_TICH\":87.6},\"geometry\":{\"type\":\"Polygon\","
      + "\"coordinates\":[[[105.809,19.778],[105.817,19.7782],[105.8172,19.7855],[105.81312,19.78621],"
      + "[105.8088,19.7851],[105.809,19.778]]]}}]}";

  @BeforeAll
  static void start() {
    startWithoutBasemap();
    Browserless.account(server.database, "import.map.editor", Role.EDITOR, List.of());
  }

  @Test
  void anEditorImportsAZippedShapefileOntoAPlace() throws IOException {
    byte[] zip = ImportFiles.build(POLYGON, "ESRI Shapefile", "shp", "EPSG:5897", "-lco", "ENCODING=UTF-8");
    Path file = Files.createTempDirectory("planmap-import-e2e").resolve("kcn-le-mon-qh2000.zip");
    Files.write(file, zip);
    try {
      JsonNode before = server.json("/collections/industrial-zones/items/" + PLACE, 200).path("geometry");
      browser.open(server.url("/"));
      assertTrue(browser.findAll("#pm-import:not([hidden])").isEmpty(), "no Import for a viewer");
      assertEquals("", browser.signIn("import.map.editor", Browserless.PASSWORD));
      browser.visible("#pm-import").click();
      browser.visible("#pm-import-file").sendKeys(file.toAbsolutePath().toString());
      browser.find("#pm-import-read").click();
      WebElement summary = browser.visible("#pm-import-summary");
      assertTrue(summary.getText().contains("EPSG:5897"), summary.getText());
      assertTrue(summary.getText().contains("Shapefile"), summary.getText());
      long drawn = ((Number) browser.js("return document.querySelectorAll('#map path[stroke=\"#c2185b\"]').length"))
          .longValue();
      assertEquals(1, drawn, "the preview is drawn on the map");
      Select choice = new Select(browser.find("select[name=choice][data-index='0']"));
      assertEquals("place:" + PLACE, choice.getFirstSelectedOption().getAttribute("value"), "the match is proposed");
      assertTrue(choice.getFirstSelectedOption().getText().contains("Khu công nghiệp Lễ Môn"));
      choice.selectByValue("place:" + PLACE); // the editor assigns the feature to the place
      assertTrue(browser.find(".pm-import-row").getText().contains("DIEN_TICH: 87.6"), "the attributes are listed");
      browser.find("input[name=accuracy_source]").sendKeys("Quy hoạch chi tiết 1/2000 KCN Lễ Môn");
      browser.screenshot("60-import-preview");
      long version = ((Number) browser.js("return window.planmap.dataVersion")).longValue();
      browser.find("#pm-import-apply").click();
      browser.waitFor("the imported shape", d -> ((Number) browser.js("return window.planmap.dataVersion"))
          .longValue() > version);
      assertTrue(browser.findAll("#pm-import-panel:not([hidden])").isEmpty(), "the dialog closed");

      JsonNode after = server.json("/collections/industrial-zones/items/" + PLACE, 200).path("geometry");
      assertTrue(!before.equals(after), "the shape changed");
      assertEquals(6, after.path("coordinates").get(0).size(), after.toString());
      assertEquals(after, server.mapper.readTree(String.valueOf(browser.js(
          "return JSON.stringify(window.planmap.geometry(arguments[0]))", PLACE))), "the map draws the new shape");
      JsonNode h = server.json("/history?entity=feature&id=" + PLACE, 200).path("history").get(0);
      assertEquals("imported from kcn-le-mon-qh2000.zip (Shapefile, EPSG:5897) by import.map.editor",
          h.path("note").asText());
      browser.waitFor("the place's history in the panel", d -> browser.findAll(".pm-history-row[data-action=import]")
          .size() > 0);
      assertTrue(browser.find(".pm-history-row[data-action=import]").getText().contains("kcn-le-mon-qh2000.zip"));
      browser.screenshot("61-import-applied");
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    }
  }

  /** The DXF read once without a CRS: its 400 is the answer the test asks for. */
  @Override
  Predicate<String> expectedConsoleErrors() {
    return m -> "anAutoCadDrawingNeedsItsCrsChosenAndIsPreviewedWhereItBelongs".equals(testName)
        && m.contains("/imports?filename=qhct-kcn-le-mon.dxf") && m.contains("400");
  }

  @Test
  void anAutoCadDrawingNeedsItsCrsChosenAndIsPreviewedWhereItBelongs() throws IOException {
    // a DXF carries no CRS: the drawing's real VN-2000 TM-3 coordinates, as AutoCAD's Save As › DXF writes them
    byte[] dxf = ImportFiles.build(POLYGON, "DXF", "dxf", "EPSG:5897");
    Path file = Files.createTempDirectory("planmap-import-e2e").resolve("qhct-kcn-le-mon.dxf");
    Files.write(file, dxf);
    try {
      browser.open(server.url("/"));
      if (browser.findAll("#pm-import:not([hidden])").isEmpty()) {
        assertEquals("", browser.signIn("import.map.editor", Browserless.PASSWORD));
      }
      browser.visible("#pm-import").click();
      browser.visible("#pm-import-file").sendKeys(file.toAbsolutePath().toString());
      assertTrue(browser.find("#pm-import-form").getText().contains("AutoCAD (DXF)"), "the form says which CRS drawings use");
      browser.find("#pm-import-read").click();
      browser.waitFor("the request to choose the CRS", d -> browser.find("#pm-import-error").getText()
          .contains("không ghi hệ tọa độ"));

      new Select(browser.find("#pm-import-crs")).selectByValue("EPSG:5897");
      browser.screenshot("62-import-dxf-choose-crs"); // the README's picture of importing from AutoCAD
      browser.find("#pm-import-read").click();
      WebElement summary = browser.visible("#pm-import-summary");
      assertTrue(summary.getText().contains("qhct-kcn-le-mon.dxf") && summary.getText().contains("EPSG:5897")
          && summary.getText().contains("do bạn chọn"), summary.getText());
      long drawn = ((Number) browser.js("return document.querySelectorAll('#map path[stroke=\"#c2185b\"]').length"))
          .longValue();
      assertEquals(1, drawn, "the drawing is previewed on the map");
      Select choice = new Select(browser.find("select[name=choice][data-index='0']"));
      assertEquals("place:" + PLACE, choice.getFirstSelectedOption().getAttribute("value"),
          "matched by where it lies (a DXF has no names)");
      browser.screenshot("63-import-dxf-preview");
      browser.find("#pm-import-assign [data-import=close]").click();
      assertTrue(browser.findAll("#pm-import-panel:not([hidden])").isEmpty(), "closed without applying");
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    }
  }
}
