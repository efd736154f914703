package vn.thanhhoa.planmap.export.xlsx;

import vn.thanhhoa.planmap.http.IoAction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import vn.thanhhoa.planmap.export.spi.ExportFeature;
import vn.thanhhoa.planmap.export.spi.ExportFormat;
import vn.thanhhoa.planmap.export.spi.ExportJob;
import vn.thanhhoa.planmap.export.spi.ExportWriter;
import vn.thanhhoa.planmap.export.spi.TaskRow;
import vn.thanhhoa.planmap.layer.LayerInfo;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.Timeliness;
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
 * resolution), the progress and the timeliness in words (Progress, Timeliness), the days late or overdue (a
 * number, blank otherwise) and the linked places. A text longer than an Excel cell holds (a task linked to
 * thousands of places) is cut short with a note. A second sheet, "Địa điểm", lists the exported places with their
 * accuracy ({@link PlaceSheet}).
 */
public final class TaskWorkbookWriter implements ExportWriter {
  /** An Excel workbook of the programme's tasks and the places linked to them (no geometry). */
  public static final ExportFormat FORMAT = new ExportFormat("xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "planmap-tasks-{layers}-{day}.xlsx", true,
      ExportFormat.Reading.FEATURES, TaskWorkbookWriter::new);
  /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
  public static final int ROWS_IN_MEMORY = 100;
  /** The header row, in column order. */
  public static final List<String> HEADER = List.of("Mã", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
      "Sản phẩm", "Thời gian báo cáo", "Hạn báo cáo (ngày)", "Tiến độ", "Thời hạn", "Số ngày trễ / quá hạn",
      "Địa điểm");
  /** Column widths in characters, in column order. */
  private static final int[] WIDTHS = {8, 60, 28, 28, 30, 22, 14, 16, 14, 12, 40};

  private final ExportJob job;
  private final TempFileCreationStrategy tempFiles;
  private SXSSFWorkbook workbook;
  private SXSSFSheet sheet;
  private CellStyle text;
  private CellStyle date;
  private PlaceSheet places;
  private CellStyle quotedText;
  private int rows;

  /** SXSSF's temporary files go to the job's folder (deleted with it). */
  public TaskWorkbookWriter(ExportJob job) {
    this.job = job;
    this.tempFiles = new DefaultTempFileCreationStrategy(job.folder().toFile());
  }

  /** Creates the workbook, its two sheets and their headers. */
  @Override
  public void start() {
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
    CellStyle headerStyle = header();
    this.places = new PlaceSheet(TempFile.withStrategy(tempFiles, () -> workbook.createSheet("Địa điểm")),
        headerStyle, text, quotedText);
  }

  @Override
  public void layer(LayerInfo layer) {
    // one sheet of places for every layer: each row names its layer
  }

  /** Writes one place's row on the "Địa điểm" sheet. */
  @Override
  public void feature(ExportFeature feature) {
    places.write(feature);
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
  private void write(TaskRow task) {
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
    text(row, 7, Progress.label(task.progress(), "vi"));
    text(row, 8, Timeliness.label(task.timeliness(), "vi"));
    Integer days = task.daysLate() != null ? task.daysLate() : task.daysOverdue();
    if (days != null) {
      row.createCell(9).setCellValue(days);
    }
    text(row, 10, task.places());
  }

  /** Task rows written so far. */
  public int rows() {
    return rows;
  }

  /** Writes the tasks matching the export's filters, then the workbook to the output, and closes it. */
  @Override
  public void finish() {
    job.tasks().forEach(Set.of(), this::write);
    OutputStream out = job.output().stream();
    TempFile.withStrategy(tempFiles, () -> {
      IoAction.unchecked(() -> {
        workbook.write(out);
        out.flush();
      });
      return null;
    });
    close();
  }

  /** Closes the workbook and deletes its temporary files, sending nothing. */
  @Override
  public void abort() {
    try {
      close();
    } catch (UncheckedIOException e) {
      // the export failed already; the files are deleted with the job's folder
    }
  }

  /** Closes the workbook and deletes its temporary files; closing again does nothing. */
  private void close() {
    SXSSFWorkbook open = workbook;
    workbook = null;
    if (open == null) {
      return;
    }
    try {
      open.dispose(); // before close(), which closes the sheet writers first and then cannot flush rows
      open.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the tasks workbook", e);
    }
  }

  private CellStyle header() {
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
    return style;
  }

  private void text(Row row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      row.createCell(column).setCellValue(fit(value));
      // the value stays as written; Excel's quote prefix keeps a formula-like text from ever running
      row.getCell(column).setCellStyle(CellText.formulaLike(value) ? quotedText : text);
    }
  }
}
