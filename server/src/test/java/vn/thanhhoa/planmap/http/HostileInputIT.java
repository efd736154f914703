package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ProblemAssert;
import vn.thanhhoa.planmap.support.RawHttp;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * Each hostile input of issue 10 as its own case, sent byte for byte over a socket: a 4xx problem naming
 * the field, never a 500 or the database's words; plus 405 with Allow, strong If-Match, no-op edits and
 * the protective headers.
 */
class HostileInputIT extends ServerPerClass {
  private static Browserless editor;
  private static Browserless admin;

  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "hostile.editor", Role.EDITOR, List.of());
    Browserless.account(server.database, "hostile.admin", Role.ADMIN, List.of());
    Browserless.account(server.database, "hostile.victim", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    editor = new Browserless(server.url("")).signedIn("hostile.editor");
    admin = new Browserless(server.url("")).signedIn("hostile.admin");
  }

  private static RawHttp.Response get(String target) {
    return RawHttp.send(server.port(), "GET", target, null, "Accept: application/json");
  }

  private static RawHttp.Response write(Browserless who, String method, String target, String json,
      String... headers) {
    List<String> h = new ArrayList<>(List.of("Content-Type: application/json", "Cookie: " + who.cookie,
        "X-CSRF-Token: " + who.csrf));
    h.addAll(List.of(headers));
    return RawHttp.send(server.port(), method, target, json.getBytes(StandardCharsets.UTF_8),
        h.toArray(String[]::new));
  }

  private static String etag(String path) {
    return editor.get(path).headers().firstValue("ETag").orElseThrow();
  }

  @ParameterizedTest(name = "GET {0} → {1} naming {2}")
  @CsvSource(delimiter = '|', value = {
      "/tasks?f=%                                            | 400 | f",
      "/collections/roads/items?offset=%zz                   | 400 | offset",
      "/tasks?q=%e1%bb                                       | 400 | q",
      "/tasks?q=%ED%A0%80                                    | 400 | q",
      "/tasks?q=a%00b                                        | 400 | q",
      "/search?q=a%07b                                       | 400 | q",
      "/search?q=a%C2%85b                                    | 400 | q",
      "/tasks?due_before=%2B999999999-12-31                  | 400 | due_before",
      "/collections/roads/items?as_of=-4714-01-01            | 400 | as_of",
      "/tasks?due_after=1899-12-31                           | 400 | due_after",
      "/tasks?due_before=2101-01-01                          | 400 | due_before",
      "/export?format=csv&due_before=%2B999999999-12-31      | 400 | due_before",
      "/history?entity=task&as_of=-4714-01-01                | 400 | as_of",
      "/agencies/ubnd-thanh-pho-thanh-hoa?as_of=0001-01-01   | 400 | as_of",
      "/collections/roads/items?limit=99999999999999999999   | 400 | limit",
      "/collections/roads/items?offset=-1                    | 400 | offset",
      "/tasks?overdue=yes                                    | 400 | overdue",
      "/tasks?z%zz=1                                         | 400 | z%zz"})
  void aHostileQueryIsA400NamingTheParameter(String target, int status, String parameter) {
    ProblemAssert.problem(get(target), status, parameter);
  }

  @ParameterizedTest(name = "GET {0} → 200")
  @CsvSource({"/tasks?due_before=2100-12-31", "/tasks?due_after=1900-01-01", "/search?q=c%E1%BA%A7u+%C4%91%C6%B0%E1%BB%9Dng",
      "/tasks?q=%F0%9F%8C%8F"})
  void theEdgesOfTheRangesAndRealTextStillWork(String target) {
    RawHttp.Response r = get(target);
    assertEquals(200, r.status(), r.toString());
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3} naming {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "PATCH | /edit/features/trung-tam-dong-bac | {\"properties\":{\"x\":\"a\\u0000b\"}}      | 400 | properties.x",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"name\":\"a\\u0007b\"}                    | 400 | name",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"name\":\"a\\ud800b\"}                    | 400 | name",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"name\":\"\\udc00\"}                      | 400 | name",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"properties\":{\"a\\u0000\":1}}          | 400 | properties",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"tasks\":[\"XX.999\"]}                    | 400 | tasks",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"tasks\":[\"VI.2\",\"IX.999\"]}           | 400 | tasks",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"tasks\":[5]}                             | 400 | tasks",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"name\":\"\"}                             | 400 | name",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"name\":\"   \"}                          | 400 | name",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"colour\":\"red\",\"name\":\"x\"}         | 400 | colour",
      "PATCH | /edit/features/trung-tam-dong-bac | {\"name\":5}                                | 400 | name",
      "PATCH | /edit/tasks/VI.2                  | {\"content\":\"\"}                          | 400 | content",
      "PATCH | /edit/tasks/VI.2                  | {\"note\":\"a\\u0000\"}                     | 400 | note",
      "PATCH | /edit/tasks/VI.2                  | {\"status\":\"done\"}                       | 400 | status"})
  void aHostileEditIsA400NamingTheField(String method, String path, String json, int status, String field) {
    ProblemAssert.problem(write(editor, method, path, json, "If-Match: " + etag(path)), status, field);
  }

  @Test
  void anUnknownTaskIsNamedInTheAnswer() {
    String path = "/edit/features/trung-tam-dong-bac";
    JsonNode p = ProblemAssert.problem(write(editor, "PATCH", path, "{\"tasks\":[\"XX.999\"]}", "If-Match: "
        + etag(path)), 400, "tasks");
    assertTrue(p.path("detail").asText().contains("XX.999"), p.toString());
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3} naming {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "POST  | /users        | {\"username\":\"n.one\",\"display_name\":\"N\",\"password\":\"correct horse battery\",\"role\":\"reporter\",\"agencies\":[\"a\\u0000b\"]} | 400 | agencies[0]",
      "POST  | /users        | {\"username\":\"n.two\",\"display_name\":\"N\",\"password\":\"correct horse battery\",\"role\":\"reporter\",\"agencies\":[\"no-such-agency\"]} | 400 | agencies",
      "POST  | /users        | {\"username\":\"hostile.editor\",\"display_name\":\"N\",\"password\":\"correct horse battery\",\"role\":\"reporter\"} | 409 | username",
      "POST  | /users        | {\"username\":\"N O\",\"display_name\":\"N\",\"password\":\"correct horse battery\",\"role\":\"reporter\"} | 400 | username",
      "POST  | /users        | {\"username\":\"n.three\",\"display_name\":\"N\",\"password\":\"correct horse battery\",\"role\":\"reporter\",\"admin\":true} | 400 | admin",
      "POST  | /auth/login   | {\"username\":\"hostile.admin\",\"password\":\"x\",\"remember\":true} | 400 | remember",
      "POST  | /auth/login   | {\"username\":\"a\\u0000\",\"password\":\"x\"} | 400 | username"})
  void aHostileAccountRequestIsA4xxNamingTheField(String method, String path, String json, int status, String field) {
    ProblemAssert.problem(write(admin, method, path, json), status, field);
  }

  @ParameterizedTest(name = "PATCH /users/victim {0} → 400 naming {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"disabled\":\"yes\"} | disabled",
      "{\"disabled\":1}       | disabled",
      "{\"disabled\":\"false\"} | disabled",
      "{\"display_name\":\"\"} | display_name",
      "{\"agencies\":[\"nowhere\"]} | agencies"})
  void aHostileAccountChangeIsA400NamingTheField(String json, String field) {
    ProblemAssert.problem(write(admin, "PATCH", "/users/" + victimId(), json), 400, field);
    JsonNode victim = victim();
    assertFalse(victim.path("disabled").asBoolean(), "left as it was: " + victim);
    assertEquals("HOSTILE.VICTIM", victim.path("displayName").asText());
  }

  private static long victimId() {
    return victim().path("id").asLong();
  }

  private static JsonNode victim() {
    for (JsonNode u : Browserless.read(admin.get("/users").body()).path("users")) {
      if (u.path("username").asText().equals("hostile.victim")) {
        return u;
      }
    }
    throw new AssertionError("no victim account");
  }

  @Test
  void aWeakETagNeverMatches() {
    String path = "/edit/features/trung-tam-hien-huu";
    String strong = etag(path);
    ProblemAssert.problem(write(editor, "PATCH", path, "{\"name_en\":\"x\"}", "If-Match: W/" + strong), 412, null);
    ProblemAssert.problem(write(editor, "PATCH", path, "{\"name_en\":\"x\"}", "If-Match: " + strong.replace("\"", "")),
        400, "If-Match");
    assertEquals(strong, etag(path), "nothing was saved");
  }

  @Test
  void aNoOpEditAnswers200WithNoNewVersionAndNoHistoryRow() {
    String path = "/edit/features/trung-tam-ham-rong-nui-do";
    JsonNode state = Browserless.read(editor.get(path).body());
    String before = etag(path);
    int rows = history("trung-tam-ham-rong-nui-do");
    String same = "{\"name\":" + state.path("name") + ",\"tasks\":" + state.path("tasks") + ",\"geometry\":"
        + state.path("geometry") + ",\"properties\":" + state.path("properties") + "}";
    RawHttp.Response r = write(editor, "PATCH", path, same, "If-Match: " + before);
    assertEquals(200, r.status(), r.toString());
    assertEquals(before, r.header("ETag"), "same version");
    assertEquals(before, etag(path));
    assertEquals(rows, history("trung-tam-ham-rong-nui-do"), "no history row");
    String task = "/edit/tasks/VI.3";
    JsonNode t = Browserless.read(editor.get(task).body());
    String taskTag = etag(task);
    RawHttp.Response tr = write(editor, "PATCH", task, "{\"content\":" + t.path("content") + "}", "If-Match: "
        + taskTag);
    assertEquals(200, tr.status(), tr.toString());
    assertEquals(taskTag, etag(task));
  }

  private static int history(String id) {
    return Browserless.read(editor.get("/history?entity=feature&id=" + id).body()).path("history").size();
  }

  @ParameterizedTest(name = "{0} {1} → 405 Allow: {2}")
  @CsvSource(delimiter = '|', value = {
      "DELETE | /tasks                    | GET",
      "POST   | /collections/roads/items  | GET, HEAD",
      "PUT    | /edit/features/nui-do     | GET, PATCH",
      "DELETE | /users                    | GET, POST",
      "GET    | /auth/login               | POST"})
  void aWrongMethodIs405WithAllowFromTheRouteTable(String method, String path, String allow) {
    RawHttp.Response r = RawHttp.send(server.port(), method, path, method.equals("GET") ? null : new byte[0]);
    ProblemAssert.problem(r, 405, null);
    assertEquals(allow, r.header("Allow"), r.toString());
  }

  @ParameterizedTest(name = "headers of {0}")
  @CsvSource({"/", "/index.html", "/tasks?f=html", "/collections?f=html", "/collections/roads/items/nui-do?f=html",
      "/tasks", "/no/such/page"})
  void everyAnswerCarriesTheProtectiveHeaders(String path) {
    RawHttp.Response r = RawHttp.send(server.port(), "GET", path, null, "Accept: text/html");
    String csp = r.header("Content-Security-Policy");
    assertTrue(csp != null && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self';")
        && csp.contains("https://tile.openstreetmap.org"), path + ": " + csp);
    assertFalse(csp.contains("'unsafe-eval'") || csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
    assertEquals("DENY", r.header("X-Frame-Options"));
    assertEquals("nosniff", r.header("X-Content-Type-Options"));
    assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"));
  }

  @Test
  void theMapPageHoldsNoInlineScript() {
    String html = RawHttp.send(server.port(), "GET", "/", null, "Accept: text/html").body();
    assertTrue(html.contains("<script"), html);
    assertFalse(html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "every script has a src");
    assertFalse(html.matches("(?s).*\\son[a-z]+=\".*"), "no inline event handlers");
  }
}
