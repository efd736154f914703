package vn.thanhhoa.planmap.layer;

import vn.thanhhoa.planmap.progress.TaskWords;
import static vn.thanhhoa.planmap.http.Html.escape;
import static vn.thanhhoa.planmap.http.Html.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.planmap.http.Html;

/** HTML views of the collections, so that a person can browse layers and features without the map. */
final class LayerPages {
  private final ObjectMapper mapper;

  LayerPages(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  String collections(List<LayerInfo> layers) {
    StringBuilder b = new StringBuilder("<table><tr><th>Lớp</th><th>Layer</th><th>Đối tượng · Features</th>"
        + "<th>Mô tả</th></tr>");
    for (LayerInfo l : layers) {
      b.append("<tr><td>").append(link("/collections/" + l.id() + "?f=html", l.titleVi())).append("</td><td>")
          .append(escape(l.titleEn())).append("</td><td>")
          .append(link("/collections/" + l.id() + "/items?f=html", l.features())).append("</td><td>")
          .append(escape(l.descriptionVi())).append("</td></tr>");
    }
    return Html.page("Các lớp bản đồ · Layers", "/collections?f=json", b.append("</table>").toString());
  }

  String collection(LayerInfo l) {
    String self = "/collections/" + l.id();
    StringBuilder b = new StringBuilder();
    b.append("<p>").append(escape(l.descriptionVi())).append("</p><p>").append(escape(l.descriptionEn()))
        .append("</p><ul><li>").append(link(self + "/items?f=html", l.features() + " đối tượng · features"))
        .append("</li><li>").append(link(self + "/items?f=json", "GeoJSON")).append("</li><li>")
        .append(link(self + "/schema?f=html", "Schema")).append("</li><li>")
        .append(link(self + "/queryables?f=html", "Queryables")).append("</li></ul>");
    if (l.extent() != null) {
      double[] e = l.extent();
      b.append("<p>Phạm vi · Extent (WGS84): <code>").append(escape(e[0] + ", " + e[1] + ", " + e[2] + ", " + e[3]))
          .append("</code></p>");
    }
    b.append("<h2>Loại · Kinds</h2><ul>");
    for (JsonNode k : l.kinds()) {
      b.append("<li><code>").append(escape(k.path("id").asText())).append("</code> ")
          .append(escape(k.path("label_vi").asText())).append(" · ").append(escape(k.path("label_en").asText()))
          .append("</li>");
    }
    return Html.page(l.titleVi() + " · " + l.titleEn(), self + "?f=json", b.append("</ul>").toString());
  }

  String items(LayerInfo l, List<FeatureRow> rows, long matched, FeatureQuery q, List<Map<String, String>> links) {
    StringBuilder b = new StringBuilder("<p>")
        .append(escape(matched + " đối tượng · features; " + rows.size()
            + (q.after() == null ? " từ · from " + (q.offset() + 1) : "")))
        .append("</p><table><tr><th>Tên · Name</th><th>Loại · Kind</th><th>Nhiệm vụ · Tasks</th>"
            + "<th>Độ chính xác · Accuracy</th></tr>");
    for (FeatureRow r : rows) {
      b.append("<tr><td>").append(link("/collections/" + l.id() + "/items/" + r.id() + "?f=html", r.name()))
          .append("<br><small>").append(escape(r.nameEn())).append("</small></td><td>").append(escape(r.kind()))
          .append("</td><td>").append(taskCodes(r)).append("</td><td>").append(escape(r.accuracy()))
          .append("</td></tr>");
    }
    b.append("</table><p>");
    for (Map<String, String> link : links) {
      String rel = link.get("rel");
      if (rel.equals("next") || rel.equals("prev")) {
        b.append(link(ItemLinks.htmlPage(link.get("href")), rel.equals("next") ? "Trang sau · Next »"
            : "« Trang trước · Previous")).append(' ');
      }
    }
    return Html.page(l.titleVi() + " · " + l.titleEn(), "/collections/" + l.id() + "/items?f=json",
        b.append("</p>").toString());
  }

  String item(LayerInfo l, FeatureRow r) {
    StringBuilder b = new StringBuilder("<table>");
    row(b, "Tên · Name", r.name() + " · " + r.nameEn());
    row(b, "Lớp · Layer", l.titleVi());
    row(b, "Loại · Kind", r.kind());
    row(b, "Văn bản · Source text", r.sourceText());
    row(b, "Độ chính xác · Accuracy", r.accuracy());
    JsonNode extra = read(r.properties());
    extra.fields().forEachRemaining(e -> row(b, e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
        : e.getValue().toString()));
    b.append("</table><h2>Nhiệm vụ · Tasks</h2><table><tr><th>Mã</th><th>Nội dung</th><th>Chủ trì · Lead</th>"
        + "<th>Thời hạn · Deadline</th><th>Tình hình · Progress, timeliness</th></tr>");
    for (JsonNode t : read(r.tasks())) {
      b.append("<tr><td>").append(link("/tasks/" + t.path("code").asText() + "?f=html", t.path("code").asText()))
          .append("</td><td>").append(escape(t.path("content").asText())).append("</td><td>")
          .append(escape(t.path("lead").asText())).append("</td><td>").append(escape(t.path("deadline").asText()))
          .append(t.path("due").isNull() ? "" : " (" + escape(t.path("due").asText()) + ")").append("</td><td>")
          .append(escape(TaskWords.state(t)))
          .append("</td></tr>");
    }
    b.append("</table><h2>Hình học · Geometry (GeoJSON, WGS84)</h2><pre>").append(escape(r.geometry()))
        .append("</pre>");
    return Html.page(r.name(), "/collections/" + l.id() + "/items/" + r.id() + "?f=json", b.toString());
  }

  String schema(LayerInfo l, String title, Map<String, Object> doc) {
    try {
      return Html.page(title + " · " + l.titleEn(), "/collections/" + l.id() + "/" + title.toLowerCase() + "?f=json",
          "<pre>" + escape(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc)) + "</pre>");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String taskCodes(FeatureRow r) {
    StringBuilder b = new StringBuilder();
    for (JsonNode t : read(r.tasks())) {
      b.append(escape(t.path("code").asText())).append(' ');
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the database returned malformed JSON", e);
    }
  }
}
