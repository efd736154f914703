package vn.thanhhoa.planmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.App;
import vn.thanhhoa.planmap.Wiring;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.time.AsOf;

/**
 * The items query computes a feature's tasks and flat attributes (task_codes, lead_agency, next_due, progress,
 * timeliness) once per set of linked tasks on a page and gives it to every feature of the page with that set. On
 * every page of every layer, each feature's must be what the database's definitions say of that feature alone
 * ({@code task_state} per linked task, {@code feature_state}, {@code feature_task_codes}, {@code
 * feature_lead_agency}, {@code feature_next_due}) — after the load, after a report, a deadline change and a change of
 * a feature's tasks, as of an earlier day, and on another day (a server whose clock says so).
 */
class ItemsTaskStateIT extends ServerPerClass {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // TestServer.CLOCK's day
  private static final int PAGE = 7; // small pages: many boundaries, sets of tasks mixed within a page

  /** The truth, feature by feature, through the database's definitions (not the items query). */
  private static final String TRUTH = """
      SELECT f.id,
             feature_task_codes(f.id) AS task_codes, feature_lead_agency(f.id) AS lead_agency,
             feature_next_due(f.id, ?::timestamptz)::text AS next_due, fs.progress, fs.timeliness,
             (SELECT COALESCE(json_agg(json_build_object('code', t.code, 'due', t.due_date, 'progress', st.progress,
                                 'timeliness', st.timeliness, 'days_late', st.days_late,
                                 'days_overdue', st.days_overdue) ORDER BY t.sort_order), '[]')
                FROM feature_task ft JOIN task t ON t.code = ft.task_code
               CROSS JOIN LATERAL task_state(t.code, t.due_date, ?::date, ?::timestamptz) st
               WHERE ft.feature_id = f.id)::text AS tasks
        FROM features_as_of(?::timestamptz) f
       CROSS JOIN LATERAL feature_state(f.id, ?::date, ?::timestamptz) fs
       ORDER BY f.id""";
  private static final String[] FLAT = {"task_codes", "lead_agency", "next_due", "progress", "timeliness"};
  private static final String[] TASK = {"code", "due", "progress", "timeliness", "days_late", "days_overdue"};

  private static String task;
  private static String feature;

  @BeforeAll
  static void accounts() {
    // a task linked to places, due before the report below (so that the report counts at once, late), and one of
    // its lead agencies (whose reporter may report on it)
    List<String> linked = sql("SELECT ft.task_code || ' ' || ta.agency_id FROM feature_task ft"
        + " JOIN task_agency ta ON ta.task_code = ft.task_code AND ta.role = 'lead'"
        + " JOIN task t ON t.code = ft.task_code WHERE t.due_date < ?::date ORDER BY t.sort_order LIMIT 1",
        TODAY.minusDays(1).toString());
    task = linked.get(0).split(" ")[0];
    feature = sql("SELECT feature_id FROM feature_task WHERE task_code = ? ORDER BY feature_id LIMIT 1", task).get(0);
    Browserless.account(server.database, "state.reporter", Role.REPORTER, List.of(linked.get(0).split(" ")[1]));
    Browserless.account(server.database, "state.editor", Role.EDITOR, List.of());
  }

  @Test
  void afterTheLoadEveryPageOfEveryLayerHoldsEachFeaturesOwnState() {
    assertPagesAreTheTruth(server.url(""), TODAY, null, "after the load");
    assertTrue(truth(TODAY, null).values().stream().map(JsonNode::toString).distinct().count() > 3,
        "the fixture mixes several sets of tasks, or this test means nothing");
  }

  @Test
  void aReportADeadlineAndAChangeOfTasksShowOnEveryPageAtTheNextRequest() {
    Map<String, JsonNode> before = truth(TODAY, null);
    HttpResponse<String> report = new Browserless(server.url("")).signedIn("state.reporter").write("POST",
        "/tasks/" + task + "/reports", "{\"status\":\"done\",\"report_date\":\"" + TODAY.minusDays(1) + "\"}");
    assertEquals(201, report.statusCode(), report.body());
    Map<String, JsonNode> reported = truth(TODAY, null);
    assertNotEquals(before.get(feature), reported.get(feature), "the report changes " + feature + "'s state");
    assertPagesAreTheTruth(server.url(""), TODAY, null, "after a report on " + task);

    Browserless editor = new Browserless(server.url("")).signedIn("state.editor");
    String version = editor.get("/edit/tasks/" + task).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> deadline = editor.write("PATCH", "/edit/tasks/" + task,
        "{\"deadline_text\":\"Quý I/2030\"}", "If-Match", version);
    assertEquals(200, deadline.statusCode(), deadline.body());
    assertNotEquals(reported.get(feature), truth(TODAY, null).get(feature), "the deadline moves its due date");
    assertPagesAreTheTruth(server.url(""), TODAY, null, "after moving " + task + "'s deadline");

    // a feature of its own set of tasks, between features of others on its page
    String other = sql("SELECT code FROM task WHERE code <> ? AND due_date IS NOT NULL ORDER BY sort_order DESC"
        + " LIMIT 1", task).get(0);
    String featureVersion = editor.get("/edit/features/" + feature).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> relinked = editor.write("PATCH", "/edit/features/" + feature,
        "{\"tasks\":[\"" + other + "\",\"" + task + "\"]}", "If-Match", featureVersion);
    assertEquals(200, relinked.statusCode(), relinked.body());
    assertPagesAreTheTruth(server.url(""), TODAY, null, "after linking " + feature + " to " + other + " too");
  }

  @Test
  void asOfAnEarlierDayEveryPageHoldsTheStateOfThatDay() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    assertPagesAreTheTruth(server.url(""), day, AsOf.endOf(day), "as of " + day);
  }

  @Test
  void onAnotherDayAServerWhoseClockSaysSoGivesThatDaysTimeliness() {
    LocalDate later = LocalDate.of(2031, 1, 15); // past every deadline of the programme
    Clock clock = Clock.fixed(later.atTime(12, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
        ZoneId.of("Asia/Ho_Chi_Minh"));
    App app = new App(server.config.withPort(0), server.mapper, Wiring.routes(server.config, server.database,
        server.mapper, clock));
    int port = app.start().port();
    try {
      assertNotEquals(truth(TODAY, null), truth(later, null), "the day changes some timeliness");
      assertPagesAreTheTruth("http://localhost:" + port, later, null, "on " + later);
      assertPagesAreTheTruth(server.url(""), TODAY, null, "and the first server still on " + TODAY);
    } finally {
      app.stop();
    }
  }

  /** Pages through every layer {@code PAGE} features at a time and compares each feature with the truth. */
  private static void assertPagesAreTheTruth(String base, LocalDate today, AsOf asOf, String when) {
    Map<String, JsonNode> truth = truth(today, asOf == null ? null : asOf.instant());
    Map<String, JsonNode> served = new TreeMap<>();
    String at = asOf == null ? "" : "&as_of=" + asOf.day();
    for (JsonNode layer : get(base, "/collections").path("collections")) {
      for (int offset = 0; ; offset += PAGE) {
        JsonNode page = get(base, "/collections/" + layer.path("id").asText() + "/items?limit=" + PAGE + "&offset="
            + offset + at);
        for (JsonNode f : page.path("features")) {
          served.put(f.path("id").asText(), served(f.path("properties")));
        }
        if (page.path("numberReturned").asInt() < PAGE) {
          break;
        }
      }
    }
    assertEquals(truth.keySet(), served.keySet(), when + ": every feature, once");
    for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
      assertEquals(e.getValue(), served.get(e.getKey()), when + ": feature " + e.getKey());
    }
  }

  private static JsonNode get(String base, String path) {
    Browserless b = new Browserless(base);
    HttpResponse<String> r = b.get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return Browserless.read(r.body());
  }

  /** The flat attributes and the linked tasks' dynamic members of a feature's properties. */
  private static JsonNode served(JsonNode properties) {
    var out = server.mapper.createObjectNode();
    for (String name : FLAT) {
      out.set(name, properties.path(name));
    }
    var tasks = out.putArray("tasks");
    for (JsonNode t : properties.path("tasks")) {
      var one = tasks.addObject();
      for (String name : TASK) {
        one.set(name, t.path(name));
      }
    }
    return out;
  }

  private static Map<String, JsonNode> truth(LocalDate today, Instant asOf) {
    Map<String, JsonNode> out = new TreeMap<>();
    Timestamp at = asOf == null ? null : Timestamp.from(asOf);
    java.sql.Date day = java.sql.Date.valueOf(today);
    try (Connection c = server.database.dataSource().getConnection();
        PreparedStatement st = c.prepareStatement(TRUTH)) {
      Object[] values = {at, day, at, at, day, at};
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          var one = server.mapper.createObjectNode();
          for (String name : FLAT) {
            one.put(name, rs.getString(name));
          }
          one.set("tasks", Browserless.read(rs.getString("tasks")));
          out.put(rs.getString("id"), one);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static List<String> sql(String sql, Object... params) {
    return new ArrayList<>(vn.thanhhoa.planmap.support.Sql.column(server.database.dataSource(), sql, params));
  }
}
