package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.support.ui.Select;
import vn.thanhhoa.planmap.support.ProjectGeodata;

/**
 * The printed map sheet: the print view is printed to PDF by Chromium itself (DevTools Page.printToPDF with
 * the page's own @page size) and read back with poppler's pdfinfo and pdftotext: one page per sheet, of the
 * chosen paper, with the title, the legend, the scale bar, the north arrow and the date; annexes on the
 * following pages; the agency summary with its map and its statuses in words.
 */
class PrintIT extends DesktopMapTest {
  private static final Path OUT = Path.of("target", "print");


  private void preview(String paper, String orientation, String annex) {
    browser.visible("#pm-print").click();
    browser.visible("#pm-print-dialog input[name=paper][value=" + paper + "]").click();
    browser.find("#pm-print-dialog input[name=orientation][value=" + orientation + "]").click();
    new Select(browser.find("#pm-print-annex")).selectByValue(annex);
    browser.find("#pm-print-preview").click();
    browser.waitFor("the sheet to be ready", d -> "true".equals(browser.js("return document.body.dataset.printReady")));
  }

  private Path printToPdf(String name) throws IOException {
    Map<String, Object> r = browser.driver.executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", true));
    Files.createDirectories(OUT);
    Path pdf = OUT.resolve(name + ".pdf");
    Files.write(pdf, Base64.getDecoder().decode((String) r.get("data")));
    return pdf;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
    assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
    return out;
  }

  private static int pages(Path pdf) throws Exception {
    Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
    assertTrue(m.find());
    return Integer.parseInt(m.group(1));
  }

  /** The page size in millimetres, rounded. */
  private static List<Long> pageMm(Path pdf) throws Exception {
    Matcher m = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(run("pdfinfo", pdf.toString()));
    assertTrue(m.find());
    return List.of(Math.round(Double.parseDouble(m.group(1)) * 25.4 / 72), Math.round(Double.parseDouble(m.group(2)) * 25.4 / 72));
  }

  /** The text of pages first..last in the order it was written (a table cell's words together), spaces collapsed. */
  private static String text(Path pdf, int first, int last) throws Exception {
    return run("pdftotext", "-f", String.valueOf(first), "-l", String.valueOf(last), "-raw", pdf.toString(), "-")
        .replaceAll("\\s+", " ");
  }

  @ParameterizedTest
  @CsvSource({"A4, landscape, 297, 210", "A4, portrait, 210, 297", "A3, landscape, 420, 297", "A3, portrait, 297, 420"})
  void eachSheetPrintsOnOnePageOfItsPaperWithTitleLegendScaleBarAndDate(String paper, String orientation, long w, long h)
      throws Exception {
    browser.open(server.url("/#map=13/19.81/105.78"));
    preview(paper, orientation, "none");
    browser.screenshot("print-" + paper + "-" + orientation);
    Path pdf = printToPdf("sheet-" + paper + "-" + orientation);
    assertEquals(1, pages(pdf), "one page per sheet: " + pdf);
    assertEquals(List.of(w, h), pageMm(pdf), "the page is " + paper + " " + orientation);
    String text = text(pdf, 1, 1);
    assertTrue(text.contains("Chương trình hành động"), "title:\n" + text);
    assertTrue(text.contains("Tình hình đến ngày 27/11/2026"), "as-of date:\n" + text);
    assertTrue(text.contains("Chú giải") && text.contains("Khu công nghiệp"), "legend of the visible layers:\n" + text);
    assertTrue(Pattern.compile("\\b\\d+ (m|km)\\b").matcher(text).find(), "scale bar:\n" + text);
    assertTrue(text.contains("Tỷ lệ xấp xỉ 1:"), "scale:\n" + text);
    assertTrue(text.contains("sơ đồ"), "accuracy note:\n" + text);
    assertTrue(text.contains("Nguồn: planmap") && text.contains("In lúc"), "source and date of printing:\n" + text);
    assertTrue(text.contains(" B "), "north arrow's letter:\n" + text);
    assertFalse(text.contains("Đo khoảng cách") || text.contains("VN-2000 ("), "no map tools on paper");
    browser.find("#pm-print [data-action=exit]").click();
    assertEquals("pm-map-wrap", browser.js("return document.getElementById('map').parentNode.className"),
        "the map goes back to the page");
  }

  @Test
  void theTaskListAnnexFollowsTheSheetOnItsOwnPages() throws Exception {
    browser.open(server.url("/#map=13/19.81/105.78"));
    preview("A4", "landscape", "tasks");
    Path pdf = printToPdf("sheet-tasks");
    assertTrue(pages(pdf) >= 2, "the annex is on pages after the sheet");
    String sheet = text(pdf, 1, 1);
    assertTrue(sheet.contains("Chú giải") && !sheet.contains("Phụ lục của bản đồ"), "page 1 is the sheet alone:\n" + sheet);
    String annex = text(pdf, 2, pages(pdf));
    assertTrue(annex.contains("Phụ lục của bản đồ") && annex.contains("Danh sách nhiệm vụ (" + ProjectGeodata.tasks() + ")"), annex);
    assertTrue(annex.contains("VI.2") && annex.contains("Quá hạn"), "tasks with their timeliness in words:\n" + annex);
    assertFalse(annex.contains("not_reported") || annex.contains("overdue"), "no codes:\n" + annex);
  }

  @Test
  void theSelectedPlacesPanelCanBeTheAnnex() throws Exception {
    browser.open(server.url("/#map=15/19.8155/105.78&sel=feature:bao-tang-tinh"));
    browser.visible("#pm-panel");
    preview("A4", "portrait", "selection");
    Path pdf = printToPdf("sheet-selection");
    String annex = text(pdf, 2, pages(pdf));
    assertTrue(annex.contains("Bảo tàng"), annex);
    assertFalse(annex.contains("Phóng tới"), "no buttons on paper:\n" + annex);
  }

  @Test
  void theAgencySummaryHasItsMapAndStatusesInWords() throws Exception {
    browser.open(server.url("/#tab=agency"));
    browser.visible("#pm-tab-agency").click();
    new Select(browser.visible("#pm-agency-pick")).selectByValue("so-xay-dung");
    browser.visible("#pm-agency-print").click();
    browser.visible("#pm-print-preview").click();
    browser.waitFor("the sheet to be ready", d -> "true".equals(browser.js("return document.body.dataset.printReady")));
    @SuppressWarnings("unchecked")
    List<Long> counts = (List<Long>) browser.js("const all = [...document.querySelectorAll('#map [data-feature]')];"
        + " return [all.filter((e) => !e.classList.contains('pm-dimmed')).length, all.filter((e) => e.classList.contains('pm-dimmed')).length]");
    assertTrue(counts.get(0) > 0 && counts.get(1) > 0, "the agency's places stand out, the others are dimmed: " + counts);
    browser.screenshot("print-agency");
    Path pdf = printToPdf("agency-so-xay-dung");
    String text = text(pdf, 1, pages(pdf));
    assertTrue(text.contains("Sở Xây dựng"), text);
    assertTrue(text.contains("Chủ trì") && text.contains("Phối hợp"), text);
    List<String> codes = new ArrayList<>();
    for (String code : List.of("not_reported", "in_progress", "submitted", "not_started", "on_time", "due_soon")) {
      if (text.contains(code)) {
        codes.add(code);
      }
    }
    assertEquals(List.of(), codes, "statuses are in words, not codes");
    assertTrue(text.contains("Chưa có báo cáo") || text.contains("Đang triển khai") || text.contains("Hoàn thành"), text);
  }
}
