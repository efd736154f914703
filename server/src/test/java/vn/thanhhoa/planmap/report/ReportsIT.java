package vn.thanhhoa.planmap.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.http.Html;
import vn.thanhhoa.planmap.progress.Progress;
import vn.thanhhoa.planmap.progress.TaskWords;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.ProjectGeodata;
import vn.thanhhoa.planmap.support.ServerPerClass;

/** Progress reports: who may file them, what they change, attachments, history, as-of, hostile input. */
class ReportsIT extends ServerPerClass {
  private static final String DONE_ON_TIME =
      "{\"status\":\"done\",\"report_date\":\"2023-03-20\",\"text\":\"Đề án 6 trung tâm đã được phê duyệt\","
          + "\"document_ref\":\"Quyết định số 1234/QĐ-UBND\"}";

  @BeforeAll
  static void start() {
    Browserless.account(server.database, "city.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    Browserless.account(server.database, "health.reporter", Role.REPORTER, List.of("so-y-te"));
    Browserless.account(server.database, "plan.editor", Role.EDITOR, List.of());
  }


  private static Browserless as(String user) {
    return new Browserless(server.url("")).signedIn(user);
  }

  private static long overdueCentres() {
    return server.json("/collections/centres/items?overdue=true", 200).path("numberMatched").asLong();
  }

  @Test
  void aBackDatedClaimOnIv10IsPendingUntilAnEditorAcceptsItThenTheSixCentresAreOnTime() {
    assertEquals(6, overdueCentres(), "before: every centre's IV.10 is past 31/03/2023");
    var r = as("city.reporter").write("POST", "/tasks/IV.10/reports", DONE_ON_TIME);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode report = Browserless.read(r.body());
    assertEquals("done", report.path("status").asText());
    assertEquals("ubnd-thanh-pho-thanh-hoa", report.path("agency").asText());
    assertEquals("2023-03-20", report.path("report_date").asText());
    assertTrue(report.path("filed_at").asText().startsWith("2026-11-27"), "filed on the clock's day: " + report);
    assertEquals("pending", report.path("review").asText(), "claims 20/03/2023 for a deadline of 31/03/2023, filed"
        + " in 2026");
    assertEquals(ProjectGeodata.features("centres"), overdueCentres(), "a pending claim does not count");
    assertEquals("not_reported", server.json("/tasks/IV.10", 200).path("progress").asText());

    var accepted = as("plan.editor").write("PATCH", "/reports/" + report.path("id").asLong(),
        "{\"review\":\"accepted\",\"reason\":\"Quyết định 1234/QĐ-UBND đã kiểm tra\"}");
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertEquals("accepted", Browserless.read(accepted.body()).path("review").asText());
    assertEquals(0, overdueCentres());
    JsonNode task = server.json("/tasks/IV.10", 200);
    assertEquals("done", task.path("progress").asText());
    assertEquals("on_time", task.path("timeliness").asText());
    assertTrue(task.path("days_late").isNull() && task.path("days_overdue").isNull(), task.toString());
    JsonNode history = Browserless.read(new Browserless(server.url("")).get("/history?entity=task&id=IV.10").body());
    assertEquals("report accepted", history.path("history").get(0).path("action").asText());
    assertEquals("plan.editor", history.path("history").get(0).path("username").asText());
    assertEquals("report", history.path("history").get(1).path("action").asText());
    assertEquals("city.reporter", history.path("history").get(1).path("username").asText());
    JsonNode yesterday = server.json("/tasks/IV.10?as_of=2026-11-26", 200);
    assertEquals("not_reported", yesterday.path("progress").asText(), "the as-of view shows the old state");
    assertEquals("overdue", yesterday.path("timeliness").asText());
    assertEquals(ProjectGeodata.features("centres"),
        server.json("/collections/centres/items?overdue=true&as_of=2026-11-26", 200)
        .path("numberMatched").asLong());
    assertEquals(0, csvRows("/export?format=csv&layers=centres&overdue=true"), "exports follow the review");
    assertEquals(ProjectGeodata.features("centres"),
        csvRows("/export?format=csv&layers=centres&overdue=true&as_of=2026-11-26"), "and the as-of view");
  }

  private static long csvRows(String path) {
    var r = server.get(path);
    assertEquals(200, r.statusCode(), r.body());
    return r.body().lines().filter(l -> !l.isBlank()).count() - 1;
  }

  @Test
  void aDoneReportDatedAfterTheDeadlineMakesTheTaskLateNotOverdue() {
    long overdueBefore = server.json("/tasks?overdue=true", 200).path("numberMatched").asLong();
    var r = as("city.reporter").write("POST", "/tasks/IX.5/reports",
        "{\"status\":\"done\",\"report_date\":\"2024-05-01\"}");
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("accepted", Browserless.read(r.body()).path("review").asText(), "a late claim counts at once");
    JsonNode task = server.json("/tasks/IX.5", 200);
    assertEquals("done", task.path("progress").asText());
    assertEquals("late", task.path("timeliness").asText(), "due 31/12/2022, done 01/05/2024");
    assertEquals(487, task.path("days_late").asInt());
    assertTrue(task.path("days_overdue").isNull());
    assertEquals(overdueBefore - 1, server.json("/tasks?overdue=true", 200).path("numberMatched").asLong(),
        "a late task leaves the overdue count");
    assertTrue(codes(server.json("/tasks?timeliness=late", 200)).contains("IX.5"));
  }

  private static List<String> codes(JsonNode tasks) {
    List<String> out = new java.util.ArrayList<>();
    tasks.path("tasks").forEach(t -> out.add(t.path("code").asText()));
    return out;
  }

  @Test
  void anEditorRejectsAPendingClaimWithAReasonAndTheReporterSeesIt() {
    var filed = as("city.reporter").write("POST", "/tasks/IX.4/reports",
        "{\"status\":\"done\",\"report_date\":\"2022-09-01\"}");
    long id = Browserless.read(filed.body()).path("id").asLong();
    assertEquals("overdue", server.json("/tasks/IX.4", 200).path("timeliness").asText(), "pending: not counted yet");
    JsonNode queue = Browserless.read(server.get("/reports?review=pending").body()).path("reports");
    assertTrue(queue.size() >= 1 && queue.findValuesAsText("id").contains(String.valueOf(id)), queue.toString());
    assertEquals(403, as("city.reporter").write("PATCH", "/reports/" + id, "{\"review\":\"accepted\"}").statusCode(),
        "reporters do not review");
    var noReason = as("plan.editor").write("PATCH", "/reports/" + id, "{\"review\":\"rejected\"}");
    assertEquals(400, noReason.statusCode());
    assertEquals("reason", Browserless.read(noReason.body()).path("parameter").asText());
    assertEquals(400, as("plan.editor").write("PATCH", "/reports/" + id, "{\"review\":\"maybe\"}").statusCode());
    var rejected = as("plan.editor").write("PATCH", "/reports/" + id,
        "{\"review\":\"rejected\",\"reason\":\"Không có văn bản chứng minh\"}");
    assertEquals(200, rejected.statusCode(), rejected.body());
    JsonNode task = server.json("/tasks/IX.4", 200);
    assertEquals("not_reported", task.path("progress").asText());
    assertEquals("overdue", task.path("timeliness").asText());
    JsonNode mine = Browserless.read(server.get("/tasks/IX.4/reports").body()).path("reports").get(0);
    assertEquals("rejected", mine.path("review").asText());
    assertEquals("Không có văn bản chứng minh", mine.path("review_reason").asText());
    assertFalse(mine.path("reviewed_by").asText().isEmpty());
    assertFalse(Browserless.read(server.get("/reports?review=pending").body()).path("reports").findValuesAsText("id")
        .contains(String.valueOf(id)), "no longer in the pending queue");
    JsonNode h = Browserless.read(server.get("/history?entity=report&id=" + id).body()).path("history").get(0);
    assertEquals("review rejected", h.path("action").asText());
    assertEquals("pending", h.path("before").path("review").asText());
    assertEquals("rejected", h.path("after").path("review").asText());
    assertEquals(0, Browserless.read(server.get("/tasks/IX.4/reports?as_of=2026-11-26").body()).path("reports").size(),
        "as of yesterday the report did not exist");
    assertEquals(0, Browserless.read(server.get("/history?entity=task&id=IX.4&as_of=2026-11-26").body())
        .path("history").size());
  }

  @Test
  void aReportThatCountsAtOnceMayStillBeRejected() {
    var filed = as("city.reporter").write("POST", "/tasks/IV.8/reports",
        "{\"status\":\"in_progress\",\"report_date\":\"2026-11-20\"}");
    JsonNode report = Browserless.read(filed.body());
    assertEquals("accepted", report.path("review").asText());
    assertEquals("in_progress", server.json("/tasks/IV.8", 200).path("progress").asText());
    as("plan.editor").write("PATCH", "/reports/" + report.path("id").asLong(),
        "{\"review\":\"rejected\",\"reason\":\"Sai nhiệm vụ\"}");
    assertEquals("not_reported", server.json("/tasks/IV.8", 200).path("progress").asText());
  }

  @Test
  void onlyReportersOfALeadingOrPartnerAgencyMayReport() {
    assertEquals(403, as("health.reporter").write("POST", "/tasks/IV.10/reports", DONE_ON_TIME).statusCode(),
        "Sở Y tế has no part in IV.10");
    assertEquals(201, as("health.reporter").write("POST", "/tasks/VIII.4/reports",
        "{\"status\":\"in_progress\",\"report_date\":\"2026-11-01\"}").statusCode(), "Sở Y tế leads VIII.4");
    assertEquals(403, as("plan.editor").write("POST", "/tasks/IV.10/reports", DONE_ON_TIME).statusCode());
    assertEquals(403, as("city.reporter").write("POST", "/tasks/IV.10/reports",
        DONE_ON_TIME.replace("{", "{\"agency\":\"so-y-te\",")).statusCode(), "not one's own agency");
    assertEquals(401, new Browserless(server.url("")).write("POST", "/tasks/IV.10/reports", DONE_ON_TIME)
        .statusCode());
  }

  @Test
  void attachmentsArePdfOrImagesOfBoundedSizeServedBackWithTheirType() {
    Browserless c = as("city.reporter");
    long id = Browserless.read(c.write("POST", "/tasks/IV.9/reports",
        "{\"status\":\"submitted\",\"report_date\":\"2022-06-15\"}").body()).path("id").asLong();
    byte[] pdf = "%PDF-1.4\n% planmap test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    var ok = c.send("POST", "/reports/" + id + "/attachments?filename=quyet-dinh.pdf", "application/pdf", pdf, true);
    assertEquals(201, ok.statusCode(), ok.body());
    String href = Browserless.read(ok.body()).path("href").asText();
    HttpResponse<byte[]> back = server.getBytes(href);
    assertEquals(200, back.statusCode());
    assertEquals("application/pdf", MediaType.of(back));
    assertEquals("nosniff", back.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertArrayEquals(pdf, back.body());
    assertEquals(415, c.send("POST", "/reports/" + id + "/attachments?filename=evil.pdf", "application/pdf",
        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), true).statusCode(), "fake PDF");
    assertEquals(415, c.send("POST", "/reports/" + id + "/attachments?filename=x.html", "text/html",
        "<html></html>".getBytes(StandardCharsets.UTF_8), true).statusCode(), "HTML is not attachable");
    byte[] big = Arrays.copyOf(pdf, AttachmentPolicy.MAX_BYTES + 1);
    assertEquals(413, c.send("POST", "/reports/" + id + "/attachments?filename=big.pdf", "application/pdf", big, true)
        .statusCode());
    assertEquals(403, as("health.reporter").send("POST", "/reports/" + id + "/attachments?filename=x.pdf",
        "application/pdf", pdf, true).statusCode(), "only the author attaches");
  }

  @Test
  void theAuthorAddsAndRemovesAttachmentsOfASavedReportWithHistory() {
    Browserless c = as("city.reporter");
    long id = Browserless.read(c.write("POST", "/tasks/VII.4/reports",
        "{\"status\":\"in_progress\",\"report_date\":\"2026-11-10\"}").body()).path("id").asLong();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    long first = Browserless.read(c.send("POST", "/reports/" + id + "/attachments?filename=anh-hien-truong.png",
        "image/png", png, true).body()).path("id").asLong();
    long second = Browserless.read(c.send("POST", "/reports/" + id + "/attachments?filename=bien-ban.pdf",
        "application/pdf", pdf, true).body()).path("id").asLong();
    assertEquals(2, attachments(id).size());
    String path = "/reports/" + id + "/attachments/" + first;
    assertEquals(403, as("health.reporter").send("DELETE", path, null, null, true).statusCode(),
        "only the author removes");
    assertEquals(401, new Browserless(server.url("")).send("DELETE", path, null, null, true).statusCode());
    assertEquals(204, c.send("DELETE", path, null, null, true).statusCode());
    assertEquals(List.of(String.valueOf(second)), attachments(id).findValuesAsText("id"));
    assertEquals(404, server.get(path).statusCode(), "a removed file is no longer served");
    assertEquals(404, c.send("DELETE", path, null, null, true).statusCode(), "already removed");
    JsonNode history = Browserless.read(server.get("/history?entity=report&id=" + id).body()).path("history");
    assertEquals("attachment removed", history.get(0).path("action").asText());
    assertEquals("anh-hien-truong.png", history.get(0).path("before").path("filename").asText());
    assertEquals("attachment", history.get(1).path("action").asText());
    assertEquals("attachment", history.get(2).path("action").asText());
  }

  private static JsonNode attachments(long reportId) {
    for (JsonNode r : Browserless.read(server.get("/reports").body()).path("reports")) {
      if (r.path("id").asLong() == reportId) {
        return r.path("attachments");
      }
    }
    throw new AssertionError("no report " + reportId + " in /reports");
  }

  @Test
  void hostileTextIsStoredInertlyAndRenderedEscaped() {
    Browserless c = as("city.reporter");
    String script = "<script>alert('xss')</script>'; DROP TABLE task; --";
    var r = c.write("POST", "/tasks/IV.7/reports", "{\"status\":\"in_progress\",\"report_date\":\"2026-11-02\","
        + "\"text\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(script) + "}");
    assertEquals(201, r.statusCode(), r.body());
    assertEquals(script, Browserless.read(r.body()).path("text").asText(), "stored as given");
    String html = server.get("/history?entity=task&id=IV.7").body();
    assertTrue(html.contains("\\u003Cscript") || html.contains("<script>alert"), "JSON keeps it a string");
    assertFalse(server.get("/tasks?f=html").body().contains("<script>alert"), "never raw in HTML");
    String mb = "{\"status\":\"in_progress\",\"report_date\":\"2026-11-02\",\"text\":\"" + "x".repeat(1_000_000)
        + "\"}";
    assertEquals(413, c.write("POST", "/tasks/IV.7/reports", mb).statusCode(), "1 MB of text");
    assertEquals(415, c.send("POST", "/tasks/IV.7/reports", "text/plain", "status=done", true).statusCode());
    byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertEquals(400, c.send("POST", "/tasks/IV.7/reports", "application/json", badUtf8, true).statusCode());
    assertEquals(400, c.write("POST", "/tasks/IV.7/reports", "{\"status\":\"finished\",\"report_date\":\"2026-11-02\"}")
        .statusCode(), "unknown status");
    assertEquals(400, c.write("POST", "/tasks/IV.7/reports", "{\"status\":\"done\",\"report_date\":\"2099-01-01\"}")
        .statusCode(), "a date in the future");
    assertEquals(404, c.write("POST", "/tasks/XX.1/reports", "{\"status\":\"done\",\"report_date\":\"2026-11-02\"}")
        .statusCode());
  }

  @Test
  void theHistoryCannotBeRewritten() throws Exception {
    as("city.reporter").write("POST", "/tasks/IV.3/reports", "{\"status\":\"blocked\",\"report_date\":\"2026-10-01\"}");
    try (Connection c = server.database.dataSource().getConnection(); Statement st = c.createStatement()) {
      assertThrows(java.sql.SQLException.class, () -> st.execute("UPDATE history SET username = 'someone else'"));
      assertThrows(java.sql.SQLException.class, () -> st.execute("DELETE FROM history"));
    }
    var csv = server.get("/history?entity=task&f=csv");
    assertEquals("text/csv", MediaType.of(csv));
    assertTrue(csv.body().startsWith("\uFEFFid,entity"), "CSV with BOM for Excel");
  }

  @Test
  void theAgencyViewListsWhatItLeadsWhatIsDueAndWhatIsOverdue() {
    JsonNode view = server.json("/agencies/so-xay-dung", 200);
    assertTrue(view.path("lead_tasks").size() >= 2);
    assertTrue(view.path("overdue").size() >= 1);
    var html = server.get("/agencies/so-xay-dung?f=html");
    assertEquals("text/html", MediaType.of(html));
    assertTrue(html.body().contains("Sở Xây dựng") && html.body().contains("window.print()"));
    for (JsonNode task : view.path("lead_tasks")) { // the status in words (Progress, Timeliness), never as ids
      assertTrue(html.body().contains(Html.escape(TaskWords.state(task))), TaskWords.state(task) + " in:\n" + html.body());
    }
    for (String id : Progress.ids()) {
      assertFalse(html.body().contains(id), "no progress id " + id + " in the page");
    }
    assertEquals(404, server.get("/agencies/no-such-agency").statusCode());
  }
}
