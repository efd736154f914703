package vn.thanhhoa.planmap.annual;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.TaskWords;
import vn.thanhhoa.planmap.progress.Timeliness;

/**
 * Writes the annual evaluation report of the action programme (section III.2: the city evaluates the programme
 * every year and reports to the Chairman of the provincial People's Committee) as a Word document with Apache POI
 * XWPF, in Vietnamese administrative form: the heading block (issuing body, number placeholder, quốc hiệu and
 * tiêu ngữ, place and date), the title, I. a summary of the tasks by progress and by timeliness, II. one table per
 * section (task, lead, deadline as written and as a date, progress, timeliness, latest counting report and its
 * document), III. the section II indicators with their target and the year's actual value, IV. the late and
 * overdue tasks by lead agency, V. a figure of the places coloured by timeliness, then the recipients and the
 * signature block. {@code lang=en} gives the same document in English (task texts stay as the programme writes them).
 */
public final class AnnualReportWriter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ReportWords w;
  private final String lang;

  public AnnualReportWriter(String lang) {
    this.lang = lang;
    this.w = new ReportWords(lang);
  }

  /** Writes the document for the data, with the figure (a PNG) to the stream, which stays open. */
  public void write(AnnualData d, byte[] figure, OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxParts parts = new DocxParts(doc);
      heading(parts, d);
      parts.paragraph(w.get("title"), ParagraphAlignment.CENTER, true, false, 14).setSpacingBefore(240);
      parts.paragraph(w.get("subtitle").formatted(d.year()), ParagraphAlignment.CENTER, true, false, 14);
      parts.paragraph(w.get("to"), ParagraphAlignment.CENTER, false, false, 14);
      parts.text(w.get("intro").formatted(d.year(), DAY.format(d.day())));
      summary(parts, d);
      sections(parts, d);
      indicators(parts, d);
      lateAndOverdue(parts, d);
      figure(doc, parts, figure);
      closing(parts);
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void heading(DocxParts parts, AnnualData d) {
    XWPFTable t = parts.borderless();
    String[] body = w.get("body").split("\n");
    DocxParts.lines(t.getRow(0).getCell(0), List.of(body[0], body[1], "———", w.get("number").formatted(d.year())),
        List.of(true, true, false, false), List.of(false, false, false, false));
    DocxParts.lines(t.getRow(0).getCell(1), List.of(w.get("nation"), w.get("motto"), "———",
        w.get("placeDate").formatted(d.issued().getDayOfMonth(), d.issued().getMonthValue(), d.issued().getYear())),
        List.of(true, true, false, false), List.of(false, false, false, true));
  }

  private void summary(DocxParts parts, AnnualData d) {
    parts.heading(w.get("h.summary"));
    parts.text(w.get("summary.total").formatted(d.tasks().size()));
    Map<String, Long> byProgress = new LinkedHashMap<>();
    Progress.ids().forEach(id -> byProgress.put(id, 0L));
    Map<String, Long> byTimeliness = new LinkedHashMap<>();
    Timeliness.ids().forEach(id -> byTimeliness.put(id, 0L));
    for (AnnualData.Task t : d.tasks()) {
      byProgress.merge(t.progress(), 1L, Long::sum);
      byTimeliness.merge(t.timeliness(), 1L, Long::sum);
    }
    List<List<String>> rows = new ArrayList<>();
    byProgress.forEach((id, n) -> rows.add(List.of(Progress.label(id, lang), String.valueOf(n))));
    parts.table(List.of(w.get("col.progress"), w.get("col.count")), rows);
    List<List<String>> rows2 = new ArrayList<>();
    byTimeliness.forEach((id, n) -> rows2.add(List.of(Timeliness.label(id, lang), String.valueOf(n))));
    parts.table(List.of(w.get("col.timeliness"), w.get("col.count")), rows2);
  }

  private void sections(DocxParts parts, AnnualData d) {
    parts.heading(w.get("h.sections"));
    Map<String, List<AnnualData.Task>> bySection = new LinkedHashMap<>();
    d.tasks().forEach(t -> bySection.computeIfAbsent(t.section(), k -> new ArrayList<>()).add(t));
    for (List<AnnualData.Task> tasks : bySection.values()) {
      AnnualData.Task first = tasks.get(0);
      parts.paragraph(first.section() + ". " + first.sectionTitle(), ParagraphAlignment.LEFT, true, true, 13)
          .setKeepNext(true);
      List<List<String>> rows = new ArrayList<>();
      for (AnnualData.Task t : tasks) {
        rows.add(List.of(t.code(), t.content(), t.lead(), t.deadlineText(),
            t.due() == null ? w.get("noDate") : DAY.format(t.due()), Progress.label(t.progress(), lang),
            TaskWords.timeliness(t.timeliness(), t.daysLate(), t.daysOverdue(), lang), report(t),
            t.documentRef() == null ? "" : t.documentRef()));
      }
      parts.table(List.of(w.get("col.code"), w.get("col.task"), w.get("col.lead"), w.get("col.deadline"),
          w.get("col.due"), w.get("col.progress"), w.get("col.timeliness"), w.get("col.report"), w.get("col.doc")),
          rows);
    }
  }

  private String report(AnnualData.Task t) {
    return t.reportStatus() == null ? w.get("noReport")
        : Progress.label(t.reportStatus(), lang) + " (" + DAY.format(t.reportDate()) + ")";
  }

  private void indicators(DocxParts parts, AnnualData d) {
    parts.heading(w.get("h.indicators").formatted(d.year()));
    List<List<String>> rows = new ArrayList<>();
    for (AnnualData.Indicator i : d.indicators()) {
      String unit = "vi".equals(lang) ? i.unit() : i.unitEn();
      String when = i.period() != null ? i.period() : i.targetYear() == null ? "" : String.valueOf(i.targetYear());
      rows.add(List.of(i.section(), "vi".equals(lang) ? i.nameVi() : i.nameEn(), number(i.target()) + " " + unit,
          when, i.actual() == null ? w.get("notEntered") : number(i.actual()) + " " + unit,
          i.note() == null ? "" : i.note()));
    }
    parts.table(List.of(w.get("col.section"), w.get("col.indicator"), w.get("col.target"), w.get("col.targetWhen"),
        w.get("col.actual").formatted(d.year()), w.get("col.note")), rows);
  }

  private String number(BigDecimal v) {
    String s = v.stripTrailingZeros().toPlainString();
    return "vi".equals(lang) ? s.replace('.', ',') : s;
  }

  private void lateAndOverdue(DocxParts parts, AnnualData d) {
    parts.heading(w.get("h.late"));
    Map<String, List<AnnualData.Task>> byAgency = new TreeMap<>();
    for (AnnualData.Task t : d.tasks()) {
      if (t.timeliness().equals("late") || t.timeliness().equals("overdue")) {
        for (String agency : t.leadNames().split("; ")) {
          byAgency.computeIfAbsent(agency, k -> new ArrayList<>()).add(t);
        }
      }
    }
    if (byAgency.isEmpty()) {
      parts.text(w.get("late.none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    byAgency.forEach((agency, tasks) -> tasks.forEach(t -> rows.add(List.of(agency, t.code(), t.content(),
        t.deadlineText(), TaskWords.timeliness(t.timeliness(), t.daysLate(), t.daysOverdue(), lang)))));
    parts.table(List.of(w.get("col.agency"), w.get("col.code"), w.get("col.task"), w.get("col.deadline"),
        w.get("col.timeliness")), rows);
  }

  private void figure(XWPFDocument doc, DocxParts parts, byte[] png) {
    parts.heading(w.get("h.figure"));
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    try {
      // 16 cm wide, the PNG's 1800 × 1300 px kept in proportion
      DocxParts.run(p, "", false, false, 13).addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
          "ban-do-thoi-han.png", Units.toEMU(16 / 2.54 * 72), Units.toEMU(16 / 2.54 * 72 * 1300 / 1800));
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("adding the map figure", e);
    }
    parts.paragraph(w.get("figure.caption"), ParagraphAlignment.CENTER, false, true, 12);
  }

  private void closing(DocxParts parts) {
    XWPFTable t = parts.borderless();
    var left = t.getRow(0).getCell(0);
    DocxParts.paragraph(left.getParagraphs().get(0), w.get("recipients"), ParagraphAlignment.LEFT, true, true, 12);
    for (String line : w.get("recipients.list").split("\n")) {
      DocxParts.paragraph(left.addParagraph(), line, ParagraphAlignment.LEFT, false, false, 11);
    }
    DocxParts.lines(t.getRow(0).getCell(1), List.of(w.get("sign.for"), w.get("sign.title"), "", "", w.get("sign.name")),
        List.of(true, true, false, false, false), List.of(false, false, false, false, true));
  }
}
