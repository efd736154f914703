package vn.thanhhoa.planmap.programme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.Timeliness;

/** The HTML pages of the programme write a task's progress and timeliness in words, never as the API's ids. */
class TaskPagesTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode task(String progress, String timeliness) throws Exception {
    return mapper.readTree("""
        {"code": "IV.10", "section": "IV", "content": "Lập quy hoạch", "lead_text": "Sở Xây dựng",
         "partners_text": "", "product": "", "note": null, "deadline_text": "Quý IV/2022", "due_date": "2022-12-31",
         "progress": "%s", "timeliness": "%s", "days_late": 12, "days_overdue": 1337, "places": []}
        """.formatted(progress, timeliness));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({
      "in_progress,  overdue,  Đang triển khai · Quá hạn 1.337 ngày,  In progress · Overdue by 1,337 days",
      "done,         late,     Hoàn thành · Trễ hạn 12 ngày,          Done · Late by 12 days",
      "not_reported, due_soon, Chưa có báo cáo · Sắp đến hạn,          Not reported · Due soon",
      "blocked,      ongoing,  Vướng mắc · Thường xuyên,               Blocked · Ongoing",
  })
  void theAgencyPageAndTheTaskPagesSayTheStatusInWords(String progress, String timeliness, String vi, String en)
      throws Exception {
    JsonNode t = task(progress, timeliness);
    ObjectNode view = mapper.createObjectNode();
    view.set("agency", mapper.readTree(
        "{\"id\": \"so-xay-dung\", \"name_vi\": \"Sở Xây dựng\", \"name_en\": \"Department of Construction\"}"));
    view.put("today", "2026-11-27");
    view.set("lead_tasks", mapper.createArrayNode().add(t));
    view.set("partner_tasks", mapper.createArrayNode());
    view.set("due_next_90_days", mapper.createArrayNode());
    view.set("overdue", mapper.createArrayNode().add(t));
    TaskPages pages = new TaskPages();
    JsonNode section = mapper.readTree("[{\"code\": \"IV\", \"title_vi\": \"Quy hoạch\", \"title_en\": \"Planning\"}]");
    for (String page : new String[] {pages.agency(view), pages.one(t), pages.list(mapper.createArrayNode().add(t), section)}) {
      assertTrue(page.contains(vi) && page.contains(en), "the words " + vi + " / " + en + " in:\n" + page);
      for (String id : Progress.ids()) {
        assertFalse(page.contains(id), "no progress id " + id + " in:\n" + page);
      }
      for (Timeliness value : Timeliness.values()) {
        assertFalse(page.contains(">" + value.id()) || page.contains(value.id() + "<"),
            "no timeliness id " + value.id() + " in:\n" + page);
      }
    }
  }
}
