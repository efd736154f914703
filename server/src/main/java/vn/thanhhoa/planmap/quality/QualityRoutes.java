package vn.thanhhoa.planmap.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.export.csv.CsvWriter;
import vn.thanhhoa.planmap.http.Parameter;
import vn.thanhhoa.planmap.http.Parameters;
import vn.thanhhoa.planmap.http.QueryParams;
import vn.thanhhoa.planmap.http.Routes;

/**
 * {@code GET /quality?f=json|csv|xlsx}: the data-quality view — every place with its accuracy class, metres,
 * public sources, last change and who made it, the count per class and how many are still schematic
 * (schematic or not located). CSV is UTF-8 with a BOM for Excel; XLSX one sheet with a filterable header.
 */
public final class QualityRoutes implements Routes {
  private static final List<String> FORMATS = List.of("json", "csv", "xlsx");
  /** The parameters of {@code GET /quality}. */
  public static final Parameters PARAMETERS = Parameters.of(Parameter.of("f", String.join(", ", FORMATS),
      Parameter.oneOf(FORMATS, "json"), "csv"));

  /** The columns of the CSV and the workbook, in order. */
  static final List<String> COLUMNS = List.of("layer", "id", "name", "name_en", "kind", "accuracy_class",
      "accuracy_m", "accuracy_source", "accuracy_source_en", "last_changed_at", "last_changed_by", "last_change");

  private final QualityStore store;
  private final ObjectMapper mapper;

  public QualityRoutes(QualityStore store, ObjectMapper mapper) {
    this.store = store;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/quality", this::quality);
  }

  private void quality(Context ctx) throws Exception {
    QueryParams p = new QueryParams(ctx.queryParamMap(), PARAMETERS);
    String format = p.choice("f", FORMATS, "json");
    QualityReport report = store.report();
    ctx.header("Cache-Control", "no-cache");
    switch (format) {
      case "csv" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"planmap-quality.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv(report));
      }
      case "xlsx" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"planmap-quality.xlsx\"");
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .result(QualityWorkbook.write(report));
      }
      default -> ctx.contentType("application/json").result(mapper.writeValueAsString(json(report)));
    }
  }

  private static Map<String, Object> json(QualityReport report) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("total", report.total());
    doc.put("still_schematic", report.stillSchematic());
    doc.put("summary", Map.of("vi", report.summary(false), "en", report.summary(true)));
    doc.put("by_class", report.byClass());
    List<Map<String, Object>> places = new ArrayList<>();
    for (QualityRow r : report.places()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("layer", r.layer());
      m.put("layer_title", r.layerTitleVi());
      m.put("layer_title_en", r.layerTitleEn());
      m.put("name", r.name());
      m.put("name_en", r.nameEn());
      m.put("kind", r.kind());
      m.put("accuracy_class", r.accuracyClass());
      m.put("accuracy_m", Accuracy.plain(r.accuracyM()));
      m.put("accuracy_source", r.accuracySource());
      m.put("accuracy_source_en", r.accuracySourceEn());
      m.put("last_changed_at", r.changedAt() == null ? null : r.changedAt().toString());
      m.put("last_changed_by", r.changedBy());
      m.put("last_change", r.change());
      places.add(m);
    }
    doc.put("places", places);
    return doc;
  }

  private static String csv(QualityReport report) {
    StringBuilder s = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
    for (QualityRow r : report.places()) {
      s.append(String.join(",", CsvWriter.quoted(r.layer()), CsvWriter.quoted(r.id()), CsvWriter.quoted(r.name()),
          CsvWriter.quoted(r.nameEn()), CsvWriter.quoted(r.kind()), CsvWriter.quoted(r.accuracyClass()),
          Accuracy.plain(r.accuracyM()).toPlainString(), CsvWriter.quoted(r.accuracySource()),
          CsvWriter.quoted(r.accuracySourceEn()), r.changedAt() == null ? "" : r.changedAt().toString(),
          CsvWriter.quoted(r.changedBy()), CsvWriter.quoted(r.change()))).append("\r\n");
    }
    return s.toString();
  }
}
