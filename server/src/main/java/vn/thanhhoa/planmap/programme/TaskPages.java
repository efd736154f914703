package vn.thanhhoa.planmap.programme;

import static vn.thanhhoa.planmap.http.Html.escape;
import static vn.thanhhoa.planmap.http.Html.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import vn.thanhhoa.planmap.http.Html;
import vn.thanhhoa.planmap.progress.TaskWords;

/**
 * HTML views of the programme's tasks, agencies and indicators. A task's progress and timeliness are written in
 * words, Vietnamese then English ({@link TaskWords}: the words of {@code Progress} and {@code Timeliness}), never as
 * the API's ids.
 */
final class TaskPages {

  String list(JsonNode tasks, JsonNode sections) {
    StringBuilder b = new StringBuilder();
    for (JsonNode s : sections) {
      b.append("<h2>").append(escape(s.path("code").asText() + ". " + s.path("title_vi").asText()))
          .append("</h2><p class=\"note\">").append(escape(s.path("title_en").asText())).append("</p>")
          .append("<table><tr><th>Mã</th><th>Nội dung</th><th>Chủ trì</th><th>Thời hạn</th><th>Trạng thái</th></tr>");
      for (JsonNode t : tasks) {
        if (t.path("section").asText().equals(s.path("code").asText())) {
          b.append("<tr><td>").append(link("/tasks/" + t.path("code").asText() + "?f=html", t.path("code").asText()))
              .append("</td><td>").append(escape(t.path("content").asText())).append("</td><td>")
              .append(escape(t.path("lead_text").asText())).append("</td><td>").append(deadline(t))
              .append("</td><td>").append(status(t)).append("</td></tr>");
        }
      }
      b.append("</table>");
    }
    return Html.page("Nhiệm vụ · Programme tasks", "/tasks?f=json", b.toString());
  }

  String one(JsonNode t) {
    StringBuilder b = new StringBuilder("<table>");
    row(b, "Nội dung · Content", escape(t.path("content").asText()));
    row(b, "Chủ trì · Lead", escape(t.path("lead_text").asText()));
    row(b, "Phối hợp · Partners", escape(t.path("partners_text").asText()));
    row(b, "Sản phẩm · Product", escape(t.path("product").asText()));
    row(b, "Thời hạn · Deadline", deadline(t));
    row(b, "Tình hình · Progress, timeliness", status(t));
    if (!t.path("note").isNull()) {
      row(b, "Ghi chú · Note", escape(t.path("note").asText()));
    }
    b.append("</table><h2>Địa điểm · Places</h2><ul>");
    for (JsonNode p : t.path("places")) {
      b.append("<li>").append(link("/collections/" + p.path("layer").asText() + "/items/" + p.path("id").asText()
          + "?f=html", p.path("name").asText())).append("</li>");
    }
    return Html.page(t.path("code").asText() + " — " + t.path("section_title").asText(),
        "/tasks/" + t.path("code").asText() + "?f=json", b.append("</ul>").toString());
  }

  /** A printable summary of one agency's tasks. */
  String agency(JsonNode view) {
    JsonNode a = view.path("agency");
    StringBuilder b = new StringBuilder("<p>").append(escape(a.path("name_en").asText())).append(" · ngày · as of ")
        .append(escape(view.path("today").asText())).append("</p>");
    section(b, "Quá hạn · Overdue", view.path("overdue"));
    section(b, "Đến hạn trong 90 ngày · Due in the next 90 days", view.path("due_next_90_days"));
    section(b, "Chủ trì · Leads", view.path("lead_tasks"));
    section(b, "Phối hợp · Partners on", view.path("partner_tasks"));
    b.append("<p><button onclick=\"window.print()\">In · Print</button></p>");
    return Html.page(a.path("name_vi").asText(), "/agencies/" + a.path("id").asText() + "?f=json", b.toString());
  }

  private static void section(StringBuilder b, String title, JsonNode tasks) {
    b.append("<h2>").append(escape(title)).append(" (").append(tasks.size()).append(")</h2>");
    if (tasks.isEmpty()) {
      b.append("<p class=\"note\">—</p>");
      return;
    }
    b.append("<table><tr><th>Mã</th><th>Nội dung</th><th>Thời hạn</th><th>Trạng thái</th></tr>");
    for (JsonNode t : tasks) {
      b.append("<tr><td>").append(escape(t.path("code").asText())).append("</td><td>")
          .append(escape(t.path("content").asText())).append("</td><td>").append(deadline(t)).append("</td><td>")
          .append(status(t)).append("</td></tr>");
    }
    b.append("</table>");
  }

  String table(String name, JsonNode rows) {
    StringBuilder b = new StringBuilder("<table>");
    boolean header = true;
    for (JsonNode r : rows) {
      if (header) {
        b.append("<tr>");
        r.fieldNames().forEachRemaining(f -> b.append("<th>").append(escape(f)).append("</th>"));
        b.append("</tr>");
        header = false;
      }
      b.append("<tr>");
      for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
        JsonNode v = it.next().getValue();
        b.append("<td>").append(escape(v.isTextual() ? v.asText() : v.isNull() ? "" : v.toString())).append("</td>");
      }
      b.append("</tr>");
    }
    return Html.page(name, "/" + name + "?f=json", b.append("</table>").toString());
  }

  private static String deadline(JsonNode t) {
    String due = t.path("due_date").isNull() ? "" : " (" + t.path("due_date").asText() + ")";
    return escape(t.path("deadline_text").asText() + due);
  }

  private static String status(JsonNode t) {
    return escape(TaskWords.state(t));
  }

  private static void row(StringBuilder b, String label, String valueHtml) {
    b.append("<tr><th>").append(escape(label)).append("</th><td>").append(valueHtml).append("</td></tr>");
  }
}
