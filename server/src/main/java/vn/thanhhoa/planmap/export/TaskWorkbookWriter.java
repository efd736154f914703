package vn.thanhhoa.planmap.export;

import vn.thanhhoa.planmap.http.IoAction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import vn.thanhhoa.planmap.programme.TaskStatus;
import vn.thanhhoa.planmap.text.CellText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the programme's tasks as an Excel workbook (Apache POI, streaming SXSSF: at most
 * {@value #ROWS_IN_MEMORY} rows in memory, the rest in temporary files kept in the export's folder).
 *
 * <p>One sheet, "Nhiệm vụ", with a frozen, filterable header row and one row per task. The columns follow
 * the programme's appendix — Mã, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Sản phẩm, Thời gian báo cáo —
 * then the deadline as a real Excel date (dd/mm/yyyy, blank when the task runs for the life of the
 * resolution), the status in words, overdue (TRUE/FALSE) and the linked places. A text longer than an Excel cell
 * holds (a task linked to thousands of places) is cut short with a note.
 */
public final class TaskWorkbookWriter implements AutoCloseable {
  /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
  public static final int ROWS_IN_MEMORY = 100;
  /** The header row, in column order. */
  public static final List<String> HEADER = List.of("Mã", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
      "Sản phẩm", "Thời gian báo cáo", "Hạn báo cáo (ngày)", "Trạng thái", "Quá hạn", "Địa điểm");
  /** Column widths in characters, in column order. */
  private static final int[] WIDTHS = {8, 60, 28, 28, 30, 22, 14, 14, 9, 40};

  private final TempFileCreationStrategy tempFiles;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle text;
  private final CellStyle date;
  private final CellStyle quotedText;
  private int rows;

  /** @param tempDir the folder for SXSSF's temporary files (deleted with the export's folder) */
  public TaskWorkbookWriter(Path tempDir) {
    this.tempFiles = new DefaultTempFileCreationStrategy(tempDir.toFile());
    this.workbook = TempFile.withStrategy(tempFiles, () -> new SXSSFWorkbook(ROWS_IN_MEMORY));
    this.sheet = TempFile.withStrategy(tempFiles, () -> workbook.createSheet("Nhiệm vụ"));
    this.text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    this.quotedText = workbook.createCellStyle();
    quotedText.cloneStyleFrom(text);
    quotedText.setQuotePrefixed(true);
    this.date = workbook.createCellStyle();
    date.cloneStyleFrom(text);
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    header();
  }

  /** Most characters an Excel cell holds. */
  public static final int MAX_CELL_TEXT = 32_767;
  private static final String CUT = " … (cắt bớt / cut short: see the GeoPackage)";

  /** A text as an Excel cell can hold it: cut, with a note, when longer than {@value #MAX_CELL_TEXT}. */
  static String fit(String value) {
    if (value.length() <= MAX_CELL_TEXT) {
      return value;
    }
    int end = MAX_CELL_TEXT - CUT.length();
    if (Character.isLowSurrogate(value.charAt(end))) {
      end--;
    }
    return value.substring(0, end) + CUT;
  }

  /** Writes one task's row. */
  public void write(TaskRow task) {
    Row row = sheet.createRow(++rows);
    text(row, 0, task.code());
    text(row, 1, task.content());
    text(row, 2, task.lead());
    text(row, 3, task.partners());
    text(row, 4, task.product());
    text(row, 5, task.deadlineText());
    if (task.dueDate() != null) {
      row.createCell(6).setCellValue(task.dueDate());
      row.getCell(6).setCellStyle(date);
    }
    text(row, 7, TaskStatus.labelVi(task.status()));
    row.createCell(8).setCellValue(task.overdue());
    text(row, 9, task.places());
  }

  /** Task rows written so far. */
  public int rows() {
    return rows;
  }

  /** Writes the workbook to a stream, which stays open. */
  public void finish(OutputStream out) {
    TempFile.withStrategy(tempFiles, () -> {
      IoAction.unchecked(() -> workbook.write(out));
      return null;
    });
  }

  /** Closes the workbook and deletes its temporary files. */
  @Override
  public void close() {
    try {
      workbook.dispose(); // before close(), which closes the sheet writers first and then cannot flush rows
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the tasks workbook", e);
    }
  }

  private void header() {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    style.setWrapText(true);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    Row row = sheet.createRow(0);
    for (int i = 0; i < HEADER.size(); i++) {
      row.createCell(i).setCellValue(HEADER.get(i));
      row.getCell(i).setCellStyle(style);
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
  }

  private void text(Row row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      row.createCell(column).setCellValue(fit(value));
      // the value stays as written; Excel's quote prefix keeps a formula-like text from ever running
      row.getCell(column).setCellStyle(CellText.formulaLike(value) ? quotedText : text);
    }
  }
}
