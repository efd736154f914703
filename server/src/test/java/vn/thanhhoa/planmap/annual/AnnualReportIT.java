package vn.thanhhoa.planmap.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/** The annual evaluation report, opened with Apache POI; the indicators' actual values it reports. */
class AnnualReportIT extends ServerPerClass {
  private static final String INDICATOR = "income-per-capita-2025";

  @BeforeAll
  static void fixture() {
    Browserless.account(server.database, "city.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    Browserless.account(server.database, "plan.editor", Role.EDITOR, List.of());
    Browserless reporter = new Browserless(server.url("")).signedIn("city.reporter");
    assertEquals(201, reporter.write("POST", "/tasks/IX.5/reports",
        "{\"status\":\"done\",\"report_date\":\"2026-05-01\",\"document_ref\":\"Báo cáo số 77/BC-UBND\"}").statusCode());
    var put = new Browserless(server.url("")).signedIn("plan.editor").write("PUT",
        "/indicators/" + INDICATOR + "/actuals/2026", "{\"value\":98.5,\"note\":\"Cục Thống kê, ước tính\"}");
    assertEquals(200, put.statusCode(), put.body());
  }

  private static XWPFDocument docx(String query) throws Exception {
    var r = server.getBytes("/annual-report?" + query);
    assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(AnnualReportRoutes.DOCX, MediaType.of(r));
    return new XWPFDocument(new ByteArrayInputStream(r.body()));
  }

  private static List<String> texts(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    row.getTableCells().forEach(c -> out.add(c.getText()));
    return out;
  }

  private static List<XWPFTable> tablesHeaded(XWPFDocument doc, String firstHeader) {
    return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).toList();
  }

  @Test
  void theReportHasTheAdministrativeFormTheSummaryOneTablePerSectionAndTheIndicators() throws Exception {
    try (XWPFDocument doc = docx("year=2026&format=docx"); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      String all = text.getText();
      for (String s : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
          "Số: ……/BC-UBND", "Thanh Hóa, ngày 27 tháng 11 năm 2026", "BÁO CÁO",
          "Đánh giá kết quả thực hiện Chương trình hành động thực hiện Nghị quyết số 05-NQ/TU", "năm 2026",
          "Kính gửi: Chủ tịch UBND tỉnh Thanh Hóa.", "Nơi nhận:")) {
        assertTrue(all.contains(s), "missing: " + s);
      }
      XWPFTable byTimeliness = tablesHeaded(doc, "Thời hạn").get(0);
      long tasks = Sql.count(server.database.dataSource(), "SELECT count(*) FROM task");
      long sum = 0;
      for (int i = 1; i < byTimeliness.getNumberOfRows(); i++) {
        sum += Long.parseLong(byTimeliness.getRow(i).getCell(1).getText());
      }
      assertEquals(tasks, sum, "the timeliness summary counts every task once");
      List<XWPFTable> sections = tablesHeaded(doc, "Mã");
      long sectionCount = Sql.count(server.database.dataSource(), "SELECT count(DISTINCT section) FROM task");
      assertEquals(sectionCount, sections.size(), "one table per section");
      assertEquals(List.of("Mã", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian báo cáo", "Hạn (ngày)", "Tiến độ", "Thời hạn",
          "Báo cáo được chấp nhận gần nhất", "Văn bản"), texts(sections.get(0).getRow(0)));
      List<String> ix5 = row(sections, "IX.5");
      assertEquals(List.of("Quý IV/2022", "31/12/2022", "Hoàn thành", "Trễ hạn 1.217 ngày",
          "Hoàn thành (01/05/2026)", "Báo cáo số 77/BC-UBND"), ix5.subList(3, 9));
      List<String> iv10 = row(sections, "IV.10");
      assertEquals("Quá hạn 1.337 ngày", iv10.get(6), "the current year is judged on today, 27/11/2026: " + iv10);
      List<String> indicator = row(tablesHeaded(doc, "Mục"), "Thu nhập bình quân đầu người", 1);
      assertEquals("98,5 triệu đồng", indicator.get(4));
      assertEquals("130 triệu đồng", indicator.get(2));
    }
  }

  private static List<String> row(List<XWPFTable> tables, String value) {
    return row(tables, value, 0);
  }

  private static List<String> row(List<XWPFTable> tables, String value, int column) {
    for (XWPFTable t : tables) {
      for (XWPFTableRow r : t.getRows()) {
        if (r.getCell(column).getText().equals(value)) {
          return texts(r);
        }
      }
    }
    throw new AssertionError("no row with " + value);
  }

  @Test
  void theLateAndOverdueTasksAreListedByAgencyAndTheFigureIsColouredByTimeliness() throws Exception {
    try (XWPFDocument doc = docx("year=2026")) {
      XWPFTable late = tablesHeaded(doc, "Đơn vị chủ trì").get(0);
      List<String> rows = new ArrayList<>();
      late.getRows().forEach(r -> rows.add(r.getCell(0).getText() + " | " + r.getCell(1).getText() + " | "
          + r.getCell(4).getText()));
      assertTrue(rows.contains("Ủy ban nhân dân thành phố Thanh Hóa | IX.5 | Trễ hạn 1.217 ngày"), rows.toString());
      assertTrue(rows.stream().anyMatch(r -> r.startsWith("Ủy ban nhân dân thành phố Thanh Hóa | IV.10 | Quá hạn")),
          rows.toString());
      List<XWPFPictureData> pictures = doc.getAllPictures();
      assertEquals(1, pictures.size());
      assertEquals("png", pictures.get(0).suggestFileExtension());
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
      assertEquals(1800, png.getWidth());
      int overdue = 0;
      for (int x = 0; x < 1300; x += 2) {
        for (int y = 0; y < png.getHeight(); y += 2) {
          if ((png.getRGB(x, y) & 0xffffff) == PlaceMapRenderer.COLOURS.get("overdue").getRGB() - 0xff000000) {
            overdue++;
          }
        }
      }
      assertTrue(overdue > 50, "the overdue places are drawn in their colour: " + overdue + " pixels");
    }
  }

  @Test
  void inEnglishAndAsOfADay() throws Exception {
    try (XWPFDocument doc = docx("year=2025&lang=en"); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      String all = text.getText();
      assertTrue(all.contains("SOCIALIST REPUBLIC OF VIET NAM") && all.contains("year 2025"), all.substring(0, 400));
      assertTrue(all.contains("Not entered"), "no 2025 actual value entered");
      assertTrue(row(tablesHeaded(doc, "Code"), "IX.5").get(5).equals("Not reported"), "as of 31/12/2025");
    }
  }

  @Test
  void badRequestsNameTheParameter() {
    for (String[] c : new String[][] {{"", "year"}, {"year=2019", "year"}, {"year=2026&format=pdf", "format"},
        {"year=2026&lang=fr", "lang"}, {"year=2026&as_of=2025-05-01", "as_of"}, {"year=2025&as_of=2025-13-01", "as_of"}}) {
      var r = server.get("/annual-report?" + c[0]);
      assertEquals(400, r.statusCode(), c[0]);
      assertEquals(c[1], Browserless.read(r.body()).path("parameter").asText(), c[0]);
    }
  }

  @Test
  void indicatorActualsAreEnteredByEditorsWithHistory() {
    JsonNode indicators = server.json("/indicators", 200).path("indicators");
    JsonNode income = null;
    for (JsonNode i : indicators) {
      if (i.path("id").asText().equals(INDICATOR)) {
        income = i;
      }
    }
    assertEquals(2026, income.path("actuals").get(0).path("year").asInt());
    assertEquals(98.5, income.path("actuals").get(0).path("value").asDouble());
    JsonNode h = Browserless.read(server.get("/history?entity=indicator&id=" + INDICATOR + "/2026").body())
        .path("history").get(0);
    assertEquals("actual entered", h.path("action").asText());
    assertEquals("plan.editor", h.path("username").asText());
    Browserless reporter = new Browserless(server.url("")).signedIn("city.reporter");
    assertEquals(403, reporter.write("PUT", "/indicators/" + INDICATOR + "/actuals/2026", "{\"value\":1}").statusCode());
    Browserless editor = new Browserless(server.url("")).signedIn("plan.editor");
    assertEquals(404, editor.write("PUT", "/indicators/nope/actuals/2026", "{\"value\":1}").statusCode());
    assertEquals(400, editor.write("PUT", "/indicators/" + INDICATOR + "/actuals/2030", "{\"value\":1}").statusCode());
    assertEquals(400, editor.write("PUT", "/indicators/" + INDICATOR + "/actuals/2026", "{\"value\":\"x\"}")
        .statusCode());
  }
}
