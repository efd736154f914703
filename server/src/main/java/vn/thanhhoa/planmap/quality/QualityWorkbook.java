package vn.thanhhoa.planmap.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thanhhoa.planmap.text.CellText;

/** The data-quality view as an Excel workbook (POI): one sheet, "Chất lượng dữ liệu", a row per place. */
final class QualityWorkbook {
  private QualityWorkbook() {}

  static byte[] write(QualityReport report) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Chất lượng dữ liệu");
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
      CellStyle when = wb.createCellStyle();
      when.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < QualityRoutes.COLUMNS.size(); i++) {
        header.createCell(i).setCellValue(QualityRoutes.COLUMNS.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      int n = 0;
      for (QualityRow r : report.places()) {
        Row row = sheet.createRow(++n);
        String[] texts = {r.layer(), r.id(), r.name(), r.nameEn(), r.kind(), r.accuracyClass()};
        for (int i = 0; i < texts.length; i++) {
          text(row, i, texts[i], quoted);
        }
        row.createCell(6).setCellValue(r.accuracyM());
        text(row, 7, r.accuracySource(), quoted);
        text(row, 8, r.accuracySourceEn(), quoted);
        if (r.changedAt() != null) {
          row.createCell(9).setCellValue(Date.from(r.changedAt()));
          row.getCell(9).setCellStyle(when);
          text(row, 10, r.changedBy(), quoted);
          text(row, 11, r.change(), quoted);
        }
      }
      Row summary = sheet.createRow(n + 2);
      summary.createCell(0).setCellValue(report.summary(false) + " / " + report.summary(true));
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, n, 0, QualityRoutes.COLUMNS.size() - 1));
      int[] widths = {16, 30, 36, 30, 14, 14, 11, 60, 60, 18, 16, 10};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the data-quality workbook", e);
    }
  }

  /** A text cell; a formula-like value keeps Excel's quote prefix so it never runs ({@link CellText}). */
  private static void text(Row row, int column, String value, CellStyle quoted) {
    row.createCell(column).setCellValue(value == null ? "" : value);
    if (CellText.formulaLike(value)) {
      row.getCell(column).setCellStyle(quoted);
    }
  }
}
