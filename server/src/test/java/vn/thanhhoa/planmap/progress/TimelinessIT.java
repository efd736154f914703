package vn.thanhhoa.planmap.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;
import vn.thanhhoa.planmap.support.TestDatabases;

/**
 * Every timeliness value on a fixture of tasks and reports, on the tests' fixed day (27/11/2026), through the API
 * and the database's one definition ({@code task_state}).
 */
class TimelinessIT extends ServerPerClass {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @BeforeAll
  static void fixture() throws Exception {
    try (Connection c = server.database.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute(Files.readString(TestDatabases.fixture("fixtures/timeliness_due_dates.sql")));
    }
    Browserless.account(server.database, "city.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    Browserless.account(server.database, "edu.reporter", Role.REPORTER, List.of("so-giao-duc-dao-tao"));
    Browserless.account(server.database, "env.reporter", Role.REPORTER, List.of("so-tai-nguyen-moi-truong"));
    Browserless.account(server.database, "plan.editor", Role.EDITOR, List.of());
  }

  private static Browserless as(String user) {
    return new Browserless(server.url("")).signedIn(user);
  }

  private static JsonNode report(String user, String task, String status, String day) {
    var r = as(user).write("POST", "/tasks/" + task + "/reports",
        "{\"status\":\"" + status + "\",\"report_date\":\"" + day + "\"}");
    assertEquals(201, r.statusCode(), r.body());
    return Browserless.read(r.body());
  }

  private static JsonNode task(String code) {
    return server.json("/tasks/" + code, 200);
  }

  private static long overdueCount() {
    return server.json("/tasks?overdue=true", 200).path("numberMatched").asLong();
  }

  @Test
  void eachTimelinessValueOnTheFixture() {
    assertEquals("due_soon", task("XI.1").path("timeliness").asText(), "due 10/12/2026, 13 days ahead");
    assertEquals("open", task("IX.2").path("timeliness").asText(), "due 30/06/2027");
    assertEquals("ongoing", task("I").path("timeliness").asText(), "no date");
    JsonNode overdue = task("IV.5");
    assertEquals("overdue", overdue.path("timeliness").asText());
    assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2022, 6, 30), TODAY), overdue.path("days_overdue").asLong());
    assertTrue(overdue.path("days_late").isNull());

    JsonNode early = report("edu.reporter", "VIII.3", "submitted", "2026-11-25");
    assertEquals("accepted", early.path("review").asText(), "filed before the due date: counts at once");
    JsonNode onTime = task("VIII.3");
    assertEquals("submitted", onTime.path("progress").asText());
    assertEquals("on_time", onTime.path("timeliness").asText());

    long overdueBefore = overdueCount();
    report("city.reporter", "VII.3", "done", "2026-11-20");
    JsonNode late = task("VII.3");
    assertEquals("done", late.path("progress").asText());
    assertEquals("late", late.path("timeliness").asText(), "a late done is late, not overdue");
    assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2022, 6, 30), LocalDate.of(2026, 11, 20)),
        late.path("days_late").asLong());
    assertTrue(late.path("days_overdue").isNull());
    assertEquals(overdueBefore - 1, overdueCount(), "and leaves the overdue count");

    Set<String> seen = new TreeSet<>();
    server.json("/tasks", 200).path("tasks").forEach(t -> seen.add(t.path("timeliness").asText()));
    assertEquals(new TreeSet<>(Timeliness.ids()), seen, "all six values occur");
  }

  @Test
  void progressNotFinishedLeavesAPastDueTaskOverdue() {
    report("env.reporter", "IV.6", "blocked", "2026-11-01");
    JsonNode t = task("IV.6");
    assertEquals("blocked", t.path("progress").asText());
    assertEquals("overdue", t.path("timeliness").asText());
  }

  @Test
  void aBackDatedClaimFiledAfterTheDeadlineIsPendingUntilAcceptedThenOnTime() {
    JsonNode claim = report("city.reporter", "IX.4", "done", "2022-09-01");
    assertEquals("pending", claim.path("review").asText());
    assertEquals("2022-09-01", claim.path("report_date").asText());
    assertTrue(claim.path("filed_at").asText().startsWith("2026-11-27"), claim.toString());
    assertEquals("overdue", task("IX.4").path("timeliness").asText(), "pending: does not count");
    assertEquals("not_reported", task("IX.4").path("progress").asText());
    long overdueBefore = overdueCount();
    var accepted = as("plan.editor").write("PATCH", "/reports/" + claim.path("id").asLong(),
        "{\"review\":\"accepted\"}");
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertEquals("on_time", task("IX.4").path("timeliness").asText(), "accepted: done by 30/09/2022");
    assertEquals(overdueBefore - 1, overdueCount());
    assertTrue(server.json("/tasks?timeliness=on_time", 200).path("tasks").findValuesAsText("code").contains("IX.4"));
  }

  /**
   * The database's definition on its own, as of a moment: a claim filed 10/01/2026 that needed review and was
   * accepted on 01/03/2026 did not count before the review, and counts after it.
   */
  @ParameterizedTest
  @CsvSource({
      "2026-01-05, not_reported, overdue",
      "2026-02-01, not_reported, overdue",
      "2026-04-01, done, on_time",
  })
  void theDefinitionJudgesReviewsAsTheyStoodAtAsOf(String asOf, String progress, String timeliness) {
    long user = Long.parseLong(Sql.column(server.database.dataSource(),
        "SELECT id FROM app_user WHERE username = 'city.reporter'").get(0));
    Sql.column(server.database.dataSource(), "INSERT INTO progress_report (task_code, agency_id, user_id, status,"
        + " report_date, filed_at, needs_review, review, reviewed_at)"
        + " SELECT 'IV.9', 'ubnd-thanh-pho-thanh-hoa', ?, 'done', DATE '2022-06-10',"
        + " TIMESTAMPTZ '2026-01-10 09:00+07', true, 'accepted', TIMESTAMPTZ '2026-03-01 09:00+07'"
        + " WHERE NOT EXISTS (SELECT 1 FROM progress_report WHERE task_code = 'IV.9') RETURNING id", user);
    List<String> state = Sql.column(server.database.dataSource(), "SELECT concat_ws(',', s.progress, s.timeliness)"
        + " FROM task t, task_state(t.code, t.due_date, ?::date, (?::date + 1)::timestamp AT TIME ZONE"
        + " 'Asia/Ho_Chi_Minh') s WHERE t.code = 'IV.9'", asOf, asOf);
    assertEquals(progress + "," + timeliness, state.get(0));
  }

  @Test
  void theTimelinessFilterRefusesUnknownValuesAndContradictions() {
    var bad = server.get("/tasks?timeliness=soon");
    assertEquals(400, bad.statusCode());
    assertEquals("timeliness", Browserless.read(bad.body()).path("parameter").asText());
    assertEquals(400, server.get("/tasks?timeliness=late&overdue=true").statusCode());
    assertEquals(400, server.get("/collections/centres/items?timeliness=late,nope").statusCode());
  }
}
