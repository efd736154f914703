package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.Gdal;

/**
 * An editor uploads a plan sheet (a PNG made here: a 100 m grid with its VN-2000 labels and marks), types the
 * grid coordinates of three crossings, sees the residuals, adds a fourth point by clicking the map, and the
 * sheet is drawn under the layers with its corners where GDAL puts them; the opacity slider and the layer
 * list's tick work.
 */
class ScansMapIT extends MapBrowserTest {
  /** 1600 × 1200 px at 0.5 m per pixel, turned 1° on the ground, its top-left corner at E 581 000, N 2 192 000. */
  private static final int W = 1600;
  private static final int H = 1200;
  private static final double ANGLE = Math.toRadians(1);
  private static final double[] TRUE = {581_000, 0.5 * Math.cos(ANGLE), 0.5 * Math.sin(ANGLE),
      2_192_000, -0.5 * Math.sin(ANGLE), -0.5 * Math.cos(ANGLE)};
  private static Path sheet;

  @BeforeAll
  static void start() throws IOException {
    startWithoutBasemap();
    Browserless.account(server.database, "scan.editor", Role.EDITOR, List.of());
    sheet = Files.createTempDirectory("planmap-scan").resolve("qh-1-2000-khu-do-thi-moi.png");
    ImageIO.write(drawSheet(), "png", sheet.toFile());
    sheet.toFile().deleteOnExit();
  }

  /** A white sheet with a grid every 200 px (100 m), labelled, and a few marks. */
  private static BufferedImage drawSheet() {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(0x1f3f7f));
    g.setStroke(new BasicStroke(2));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
    for (int x = 0; x <= W; x += 200) {
      g.drawLine(x, 0, x, H);
      g.drawString(String.valueOf((int) ground(x, 0)[0]), x + 4, 20);
    }
    for (int y = 0; y <= H; y += 200) {
      g.drawLine(0, y, W, y);
      g.drawString(String.valueOf((int) ground(0, y)[1]), 4, y - 4);
    }
    g.setColor(new Color(0xc0392b));
    g.fillRect(620, 420, 360, 160);
    g.fillOval(1180, 780, 60, 60);
    g.dispose();
    return img;
  }

  private static double[] ground(double px, double py) {
    return new double[] {TRUE[0] + TRUE[1] * px + TRUE[2] * py, TRUE[3] + TRUE[4] * px + TRUE[5] * py};
  }

  /**
   * Clicks the sheet in the georeference box near a pixel of the full image (scrolling it into view first).
   *
   * @return the pixel really clicked: the click lands on a whole screen pixel, several image pixels wide
   */
  private static double[] clickSheet(double px, double py) {
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) browser.js("""
        const img = document.querySelector('#pm-georef-image');
        const box = img.closest('.pm-georef-sheet');
        box.scrollTop = Math.max(0, arguments[1] * img.clientHeight / arguments[3] - box.clientHeight / 2);
        const r = img.getBoundingClientRect();
        const x = Math.round(r.left + arguments[0] * r.width / arguments[2]);
        const y = Math.round(r.top + arguments[1] * r.height / arguments[3]);
        return [x, y, Math.round((x - r.left) * arguments[2] / r.width * 10) / 10,
          Math.round((y - r.top) * arguments[3] / r.height * 10) / 10];
        """, px, py, W, H);
    new Actions(browser.driver).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
    return new double[] {at.get(2).doubleValue(), at.get(3).doubleValue()};
  }

  private static void typedPoint(double px, double py) {
    double[] clicked = clickSheet(px, py);
    double[] g = ground(clicked[0], clicked[1]);
    browser.visible("#pm-georef-x").sendKeys(String.format(Locale.ROOT, "%.2f", g[0]));
    browser.find("#pm-georef-y").sendKeys(String.format(Locale.ROOT, "%.2f", g[1]));
    int rows = browser.findAll(".pm-georef-points tbody tr").size();
    browser.find("#pm-georef-add").click();
    browser.waitFor("the point in the table", d -> browser.findAll(".pm-georef-points tbody tr").size() == rows + 1);
  }

  /** The residual column of the points table, read at once (the box is redrawn as the fit comes back). */
  private static List<String> residuals() {
    @SuppressWarnings("unchecked")
    List<String> out = (List<String>) browser.js("return [...document.querySelectorAll("
        + "'.pm-georef-points .pm-georef-residual')].map((td) => td.textContent.trim())");
    return new ArrayList<>(out);
  }

  @Test
  void anEditorGeoreferencesASheetWithThreeGridPointsAndItIsDrawnUnderTheLayersWhereGdalPutsIt() {
    browser.open(server.url("/"));
    assertEquals("", browser.signIn("scan.editor", Browserless.PASSWORD));
    browser.visible("#pm-scan-file").sendKeys(sheet.toAbsolutePath().toString());
    browser.visible("#pm-georef");
    assertTrue(browser.find("#pm-georef-title").getText().contains("qh-1-2000-khu-do-thi-moi.png"));

    typedPoint(200, 200);
    typedPoint(1400, 200);
    typedPoint(800, 1000);
    browser.find("#pm-georef-save").click();
    browser.waitFor("the fit", d -> !browser.findAll("#pm-georef-rms").isEmpty());
    assertEquals(List.of("0,00", "0,00", "0,00"), residuals(), "three points fit exactly");
    assertTrue(browser.find("#pm-georef-rms").getText().contains("0,50 m"), "half a metre a pixel: "
        + browser.find("#pm-georef-rms").getText());
    browser.waitFor("the overlay", d -> !browser.findAll("img.pm-scan-image").isEmpty());
    browser.find("[data-scan-action=zoom]").click();
    browser.screenshot("60-scan-georeferenced");

    // the overlay's corners, where the browser draws them, against GDAL's corners on the map
    List<double[]> projected = List.of(ground(0, 0), ground(W, 0), ground(0, H), ground(W, H));
    List<double[]> lonLat = Gdal.toWgs84("EPSG:5897", projected);
    @SuppressWarnings("unchecked")
    List<List<Number>> drawn = (List<List<Number>>) browser.js("""
        const img = document.querySelector('img.pm-scan-image');
        const m = new DOMMatrix(getComputedStyle(img).transform);
        const o = img.parentElement.getBoundingClientRect();
        return [[0, 0], [arguments[0], 0], [0, arguments[1]], [arguments[0], arguments[1]]]
          .map(([x, y]) => [o.left + m.a * x + m.c * y + m.e, o.top + m.b * x + m.d * y + m.f]);
        """, W, H);
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int c = 0; c < 4; c++) {
      @SuppressWarnings("unchecked")
      List<Number> want = (List<Number>) browser.js("return window.planmap.containerPoint(arguments[0], arguments[1])",
          lonLat.get(c)[0], lonLat.get(c)[1]);
      double x = want.get(0).doubleValue();
      double y = want.get(1).doubleValue();
      assertEquals(x, drawn.get(c).get(0).doubleValue(), 1.5, "corner " + c + " x");
      assertEquals(y, drawn.get(c).get(1).doubleValue(), 1.5, "corner " + c + " y");
      box = new double[] {Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)};
    }
    @SuppressWarnings("unchecked")
    List<Number> rect = (List<Number>) browser.js("const r = document.querySelector('img.pm-scan-image')"
        + ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];");
    for (int i = 0; i < 4; i++) {
      assertEquals(box[i], rect.get(i).doubleValue(), 1.5, "the drawn sheet's bounding box, side " + i);
    }
    Number scanPane = (Number) browser.js("return +getComputedStyle(document.querySelector('img.pm-scan-image')"
        + ".parentElement).zIndex");
    Number lowestLayer = (Number) browser.js("return Math.min(...[...document.querySelectorAll('.pm-layer-pane')]"
        + ".map((p) => +getComputedStyle(p).zIndex))");
    assertTrue(scanPane.intValue() < lowestLayer.intValue(), "under the layers: " + scanPane + " < " + lowestLayer);

    // a fourth point: on the sheet, then its place clicked on the map
    double[] clicked = clickSheet(1300, 820);
    double[] fourth = Gdal.toWgs84("EPSG:5897", List.of(ground(clicked[0], clicked[1]))).get(0);
    @SuppressWarnings("unchecked")
    List<Number> onMap = (List<Number>) browser.js("return window.planmap.containerPoint(arguments[0], arguments[1])",
        fourth[0], fourth[1]);
    assertEquals(true, browser.js("const e = document.elementFromPoint(arguments[0], arguments[1]);"
        + " return Boolean(e && e.closest('#map'))", onMap.get(0), onMap.get(1)), "the place is not covered");
    new Actions(browser.driver).moveToLocation(onMap.get(0).intValue(), onMap.get(1).intValue()).click().perform();
    browser.waitFor("the fourth point", d -> browser.findAll(".pm-georef-points tbody tr").size() == 4);
    browser.find("#pm-georef-save").click();
    browser.waitFor("four residuals", d -> residuals().size() == 4 && !residuals().contains("—"));
    for (String r : residuals()) {
      assertTrue(Double.parseDouble(r.replace(',', '.')) < 5, "a click's residual is a few metres at most: " + r);
    }
    assertTrue(browser.find("#pm-georef-rms").getText().contains("4 điểm"), browser.find("#pm-georef-rms").getText());
    browser.screenshot("61-scan-four-points");

    // the opacity slider and the tick in the layer list
    browser.find("[data-georef=close]").click();
    WebElement slider = browser.visible("#pm-scans input[name=opacity]");
    assertEquals("0.7", browser.find("img.pm-scan-image").getCssValue("opacity"));
    slider.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT);
    browser.waitFor("a lighter sheet", d -> "0.6".equals(browser.find("img.pm-scan-image").getCssValue("opacity")));
    browser.find("#pm-scans input[name=scan]").click();
    browser.waitFor("the sheet hidden", d -> browser.findAll("img.pm-scan-image").isEmpty());
    browser.find("#pm-scans input[name=scan]").click();
    browser.waitFor("the sheet shown again", d -> browser.findAll("img.pm-scan-image").size() == 1);
    browser.screenshot("62-scan-opacity");
  }

  @Test
  void aPlaceRedrawnWhileASheetIsShownListsTheSheetInItsPanel() {
    Browserless api = new Browserless(server.url("")).signedIn("scan.editor");
    byte[] png;
    try {
      png = Files.readAllBytes(sheet);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long id = Browserless.read(api.send("POST", "/scans?filename=to-2-le-mon.png", "image/png", png, true).body())
        .path("id").asLong();
    String point = "{\"image\":[%d,%d],\"world\":{\"crs\":\"EPSG:5897\",\"x\":%.3f,\"y\":%.3f}}";
    StringBuilder body = new StringBuilder("{\"points\":[");
    int[][] pixels = {{0, 0}, {W, 0}, {0, H}};
    for (int i = 0; i < 3; i++) {
      double[] g = ground(pixels[i][0], pixels[i][1]);
      body.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, point, pixels[i][0], pixels[i][1], g[0], g[1]));
    }
    assertEquals(200, api.write("PUT", "/scans/" + id + "/georeference", body + "]}").statusCode());

    browser.open(server.url("/#sel=feature:kcn-le-mon"));
    browser.waitFor("the account's button", d -> !browser.findAll("#pm-signin").isEmpty()
        || !browser.findAll("#pm-user").isEmpty());
    if (!browser.findAll("#pm-signin").isEmpty()) {
      assertEquals("", browser.signIn("scan.editor", Browserless.PASSWORD)); // not signed in by the other test
    }
    browser.visible("#pm-scans input[name=file]");
    browser.visible("#pm-scans li[data-scan='" + id + "'] input[name=scan]").click();
    browser.waitFor("the sheet", d -> !browser.findAll("img.pm-scan-image[data-scan='" + id + "']").isEmpty());
    browser.visible("#pm-edit").click();
    browser.visible("#pm-edit-form");
    browser.find("#pm-edit-redraw").click();
    browser.waitFor("vertex handles", d -> browser.findAll(".pm-vertex[data-vertex]").size() >= 3);
    List<Number> at = null;
    for (int v = 0; v < 12 && at == null; v++) {
      @SuppressWarnings("unchecked")
      List<Number> p = (List<Number>) browser.js("return window.planmap.vertexPoint(0, arguments[0])", v);
      at = p;
    }
    assertTrue(at != null, "an unobstructed vertex handle");
    new Actions(browser.driver).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).clickAndHold()
        .moveByOffset(8, 8).moveByOffset(12, 12).release().perform();
    browser.waitFor("the redraw to be noted", d -> !browser.find("#pm-edit-geometry-note").getText().isEmpty());
    browser.find(".pm-draw-toolbar [data-draw=save]").click();
    browser.waitFor("the scan in the place's panel", d -> !browser.findAll("#pm-traced").isEmpty());
    assertTrue(browser.find("#pm-traced").getText().contains("to-2-le-mon.png"), browser.find("#pm-traced").getText());
    browser.waitFor("the panel's history", d -> !browser.findAll("#pm-history[data-loaded=true]").isEmpty());
    assertTrue(browser.find("#pm-history").getText().contains("vẽ theo bản vẽ quét to-2-le-mon.png"),
        browser.find("#pm-history").getText());
    browser.screenshot("63-place-traced-over-scan");
    assertEquals(id, server.json("/scans?feature=kcn-le-mon", 200).path("scans").get(0).path("id").asLong());
  }
}
