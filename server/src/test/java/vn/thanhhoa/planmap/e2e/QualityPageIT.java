package vn.thanhhoa.planmap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.Gdal;

/**
 * The data-quality view: GET /quality (JSON, CSV and XLSX read back by GDAL) and the page that lists every
 * place, sortable and filterable, with the still-schematic count computed from the database.
 */
class QualityPageIT extends MapBrowserTest {
  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    startWithoutBasemap();
    Browserless.account(server.database, "em.editor", Role.EDITOR, List.of());
    Browserless editor = new Browserless(server.url("")).signedIn("em.editor");
    String etag = editor.get("/edit/features/kdt-ho-thanh").headers().firstValue("ETag").orElseThrow();
    var r = editor.write("PATCH", "/edit/features/kdt-ho-thanh", """
        {"accuracy": {"class": "from_plan", "metres": 5, "source": "Quy hoạch chi tiết 1/500 được duyệt"}}""",
        "If-Match", etag);
    assertEquals(200, r.statusCode(), r.body());
  }

  private static long count(String where) throws Exception {
    try (var c = server.database.dataSource().getConnection(); var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM feature" + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void theApiCountsWhatIsStillSchematicAndNamesWhoChangedWhat() throws Exception {
    JsonNode q = server.json("/quality", 200);
    long total = count("");
    long schematic = count(" WHERE accuracy_class IN ('schematic', 'not_located')");
    assertEquals(total, q.path("total").asLong());
    assertEquals(total, q.path("places").size());
    assertEquals(schematic, q.path("still_schematic").asLong());
    assertEquals(schematic + " trên " + total + " địa điểm vẫn là sơ đồ", q.path("summary").path("vi").asText());
    JsonNode hoThanh = null;
    for (JsonNode p : q.path("places")) {
      if (p.path("id").asText().equals("kdt-ho-thanh")) {
        hoThanh = p;
      }
    }
    assertEquals("from_plan", hoThanh.path("accuracy_class").asText());
    assertEquals("em.editor", hoThanh.path("last_changed_by").asText());
    assertTrue(hoThanh.path("last_changed_at").isTextual());

    Path csv = tmp.resolve("quality.csv");
    Files.write(csv, server.getBytes("/quality?f=csv").body());
    String rows = Gdal.ogrinfo("-ro", "-al", csv.toString(), "-where", "id = 'kdt-ho-thanh'");
    assertTrue(rows.contains("accuracy_class (String) = from_plan"), rows);
    assertTrue(rows.contains("last_changed_by (String) = em.editor"), rows);
    Path xlsx = tmp.resolve("quality.xlsx");
    Files.write(xlsx, server.getBytes("/quality?f=xlsx").body());
    String sheet = Gdal.ogrinfo("-ro", "--config", "OGR_XLSX_HEADERS", "FORCE", xlsx.toString(), "Chất lượng dữ liệu",
        "-where", "id = 'kdt-ho-thanh'");
    assertTrue(sheet.contains("accuracy_class (String) = from_plan"), sheet);
    assertTrue(sheet.contains("accuracy_m (Integer) = 5") || sheet.contains("accuracy_m (Real) = 5"), sheet);
    assertEquals(400, server.get("/quality?f=pdf").statusCode());
  }

  @Test
  void thePageListsEveryPlaceSortsFiltersAndShowsTheComputedCount() throws Exception {
    browser.open(server.url("/quality.html"), "window.planmapQuality && window.planmapQuality.ready");
    long total = count("");
    long schematic = count(" WHERE accuracy_class IN ('schematic', 'not_located')");
    assertEquals(total, browser.findAll("#pm-quality-table tbody tr").size(), "every place is listed");
    String summary = browser.find("#pm-quality-summary").getText();
    assertTrue(summary.startsWith(schematic + " trên " + total + " địa điểm vẫn là sơ đồ"), summary);

    browser.find("#pm-quality-table [data-sort='accuracy_m']").click();
    List<WebElement> sorted = browser.findAll("#pm-quality-table tbody tr");
    assertEquals("kdt-ho-thanh", sorted.get(0).getAttribute("data-id"), "±5 m sorts first");

    browser.setValue("#pm-quality-class", "not_located");
    List<WebElement> shown = browser.findAll("#pm-quality-table tbody tr");
    assertEquals(count(" WHERE accuracy_class = 'not_located'"), shown.size());
    assertTrue(shown.stream().allMatch(r -> "not_located".equals(r.getAttribute("data-class"))));
    assertTrue(browser.find("#pm-quality-xlsx").getAttribute("href").endsWith("/quality?f=xlsx"));
    browser.screenshot("quality-01-page");
  }
}
