package vn.thanhhoa.planmap.annual;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The pieces of a Vietnamese administrative document in Apache POI's XWPF: A4 with the margins of Decree
 * 30/2020/NĐ-CP (top and bottom 2 cm, left 3 cm, right 1.5 cm), Times New Roman 13 pt, paragraphs, headings and
 * tables with a shaded header row.
 */
final class DocxParts {
  static final String FONT = "Times New Roman";
  private static final int TWIPS_PER_CM = 567;

  private final XWPFDocument doc;

  DocxParts(XWPFDocument doc) {
    this.doc = doc;
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11_906));
    size.setH(BigInteger.valueOf(16_838));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(2L * TWIPS_PER_CM));
    mar.setBottom(BigInteger.valueOf(2L * TWIPS_PER_CM));
    mar.setLeft(BigInteger.valueOf(3L * TWIPS_PER_CM));
    mar.setRight(BigInteger.valueOf(TWIPS_PER_CM * 3L / 2));
  }

  /** A paragraph of one run. */
  XWPFParagraph paragraph(String text, ParagraphAlignment align, boolean bold, boolean italic, int size) {
    return paragraph(doc.createParagraph(), text, align, bold, italic, size);
  }

  static XWPFParagraph paragraph(XWPFParagraph p, String text, ParagraphAlignment align, boolean bold,
      boolean italic, int size) {
    p.setAlignment(align);
    p.setSpacingAfter(60);
    run(p, text, bold, italic, size);
    return p;
  }

  static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text == null ? "" : text);
    return r;
  }

  /** A bold section heading ("I. TỔNG HỢP …"). */
  void heading(String text) {
    XWPFParagraph p = paragraph(text, ParagraphAlignment.LEFT, true, false, 13);
    p.setSpacingBefore(200);
    p.setKeepNext(true);
  }

  /** A body paragraph, justified. */
  void text(String text) {
    XWPFParagraph p = paragraph(text, ParagraphAlignment.BOTH, false, false, 13);
    p.setIndentationFirstLine(TWIPS_PER_CM);
  }

  /** A table over the page's width: a shaded bold header row, then the rows (11 pt). */
  XWPFTable table(List<String> header, List<List<String>> rows) {
    XWPFTable t = doc.createTable(rows.size() + 1, header.size());
    t.setWidth("100%");
    t.setWidthType(TableWidthType.PCT);
    fill(t.getRow(0), header, true);
    for (XWPFTableCell c : t.getRow(0).getTableCells()) {
      c.setColor("D9E2EC");
    }
    t.getRow(0).setRepeatHeader(true);
    for (int i = 0; i < rows.size(); i++) {
      fill(t.getRow(i + 1), rows.get(i), false);
    }
    doc.createParagraph().setSpacingAfter(0);
    return t;
  }

  private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
    for (int c = 0; c < values.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setSpacingAfter(0);
      run(p, values.get(c), bold, false, 11);
    }
  }

  /** A two-column table without borders (the heading block). */
  XWPFTable borderless() {
    XWPFTable t = doc.createTable(1, 2);
    t.setWidth("100%");
    t.setWidthType(TableWidthType.PCT);
    for (var side : List.<Runnable>of(
        () -> t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF"),
        () -> t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF"),
        () -> t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF"),
        () -> t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF"),
        () -> t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF"),
        () -> t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF"))) {
      side.run();
    }
    return t;
  }

  /** Lines in a cell, centred, the first in its paragraph. */
  static void lines(XWPFTableCell cell, List<String> lines, List<Boolean> bold, List<Boolean> italic) {
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      paragraph(p, lines.get(i), ParagraphAlignment.CENTER, bold.get(i), italic.get(i), 13);
      p.setSpacingAfter(0);
    }
  }
}
