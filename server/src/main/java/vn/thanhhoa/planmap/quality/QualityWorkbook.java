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
          row.createCell(i).setCellValue(texts[i]);
        }
        row.createCell(6).setCellValue(r.accuracyM());
        row.createCell(7).setCellValue(r.accuracySource());
        row.createCell(8).setCellValue(r.accuracySourceEn());
        if (r.changedAt() != null) {
          row.createCell(9).setCellValue(Date.from(r.changedAt()));
          row.getCell(9).setCellStyle(when);
          row.createCell(10).setCellValue(r.changedBy());
          row.createCell(11).setCellValue(r.change());
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
}
