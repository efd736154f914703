package vn.thanhhoa.planmap.export.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import vn.thanhhoa.planmap.accuracy.AccuracyClass;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.text.CellText;

/**
 * The workbook's sheet "Địa điểm": one row per exported place with how certain it is — layer, id, name, kind,
 * the accuracy class in words and as {@code accuracy_class}, {@code accuracy_m} (a number, metres), the public
 * sources and the linked task codes. Frozen, filterable header.
 */
final class PlaceSheet {
  /** The header row, in column order. */
  static final List<String> HEADER = List.of("Lớp", "Mã địa điểm", "Tên", "Loại", "Độ chính xác", "accuracy_class",
      "accuracy_m", "Cách vẽ", "Nguồn", "Nhiệm vụ");
  private static final int[] WIDTHS = {16, 28, 36, 14, 22, 14, 11, 60, 60, 16};

  private final SXSSFSheet sheet;
  private final CellStyle text;
  private final CellStyle quotedText;
  private int rows;

  /** @param quotedText the text style with Excel's quote prefix, for formula-like values ({@link CellText}) */
  PlaceSheet(SXSSFSheet sheet, CellStyle header, CellStyle text, CellStyle quotedText) {
    this.sheet = sheet;
    this.text = text;
    this.quotedText = quotedText;
    Row row = sheet.createRow(0);
    for (int i = 0; i < HEADER.size(); i++) {
      row.createCell(i).setCellValue(HEADER.get(i));
      row.getCell(i).setCellStyle(header);
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
  }

  void write(ExportFeature f) {
    Row row = sheet.createRow(++rows);
    AccuracyClass c = AccuracyClass.of(f.accuracyClass()).orElse(AccuracyClass.NOT_LOCATED);
    text(row, 0, f.layerId());
    text(row, 1, f.id());
    text(row, 2, f.name());
    text(row, 3, f.kind());
    text(row, 4, c.labelVi());
    text(row, 5, c.id());
    row.createCell(6).setCellValue(f.accuracyM());
    text(row, 7, f.accuracyVi().isEmpty() ? f.accuracy() : f.accuracyVi());
    text(row, 8, f.accuracySource());
    text(row, 9, f.taskCodes());
  }

  private void text(Row row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      row.createCell(column).setCellValue(TaskWorkbookWriter.fit(value));
      row.getCell(column).setCellStyle(CellText.formulaLike(value) ? quotedText : text);
    }
  }
}
