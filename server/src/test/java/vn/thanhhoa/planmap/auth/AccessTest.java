package vn.thanhhoa.planmap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.support.InProcessApp;

/**
 * Who may do what, over real HTTP and without a database: the sessions are held in memory, one per role, and
 * the routes are the smallest that call {@link Access#require} with a {@link Permission}.
 */
class AccessTest {
  private static final Map<String, Sessions.Session> SESSIONS = Map.of(
      "reporter-token", session(Role.REPORTER),
      "editor-token", session(Role.EDITOR),
      "admin-token", session(Role.ADMIN));
  private static InProcessApp app;

  private static Sessions.Session session(Role role) {
    User user = new User(7, role.id() + ".one", role.id(), role, List.of("so-xay-dung"));
    return new Sessions.Session(user, "csrf-of-" + role.id(), "hash");
  }

  @BeforeAll
  static void start() {
    app = new InProcessApp(new Access(token -> Optional.ofNullable(token == null ? null : SESSIONS.get(token))),
        routes -> {
          routes.get("/open", ctx -> ctx.result("anyone"));
          routes.get("/accounts", ctx -> ctx.result(Access.require(ctx, Permission.ACCOUNTS).username()));
          routes.post("/places", ctx -> ctx.result(Access.require(ctx, Permission.EDIT).username()));
          routes.post("/reports", ctx -> ctx.result(Access.require(ctx, Permission.REPORT).username()));
          routes.post("/auth/login", ctx -> ctx.result("login"));
        });
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> post(String path, String token, String csrf) throws Exception {
    HttpRequest.Builder r = app.request(path).POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (token != null) {
      r.header("Cookie", Sessions.COOKIE + "=" + token);
    }
    if (csrf != null) {
      r.header(Sessions.CSRF_HEADER, csrf);
    }
    return app.send(r);
  }

  private static void assertProblem(int status, HttpResponse<String> r) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().toString());
  }

  @Test
  void readingNeedsNoSession() throws Exception {
    assertEquals("anyone", app.get("/open").body());
  }

  @Test
  void aChangeWithoutASessionIs401() throws Exception {
    assertProblem(401, post("/places", null, null));
    assertProblem(401, post("/places", "expired-token", "csrf-of-editor"));
  }

  @ParameterizedTest(name = "X-CSRF-Token {0}")
  @CsvSource(value = {"NULL", "csrf-of-admin", "''", "csrf-of-editorX"}, nullValues = "NULL")
  void aChangeWithoutItsSessionsCsrfTokenIs403(String csrf) throws Exception {
    assertProblem(403, post("/places", "editor-token", csrf));
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource({
      "/places,  reporter, 403",
      "/places,  editor,   200",
      "/places,  admin,    200",
      "/reports, reporter, 200",
      "/reports, editor,   403",
      "/reports, admin,    200",
  })
  void theRoleDecides(String path, String role, int status) throws Exception {
    HttpResponse<String> r = post(path, role + "-token", "csrf-of-" + role);
    assertEquals(status, r.statusCode(), r.body());
    if (status == 200) {
      assertEquals(role + ".one", r.body());
    } else {
      assertTrue(r.body().contains("a " + role + " may not do this"), r.body());
    }
  }

  @Test
  void aReadForAdminsNeedsAnAdminSession() throws Exception {
    assertProblem(401, app.get("/accounts"));
    assertProblem(403, app.send(app.request("/accounts").header("Cookie", Sessions.COOKIE + "=editor-token")));
    assertEquals("admin.one",
        app.send(app.request("/accounts").header("Cookie", Sessions.COOKIE + "=admin-token")).body());
  }

  @Test
  void signingInFromAnotherSiteIsRefused() throws Exception {
    HttpRequest.Builder crossSite = app.request("/auth/login").header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("{}"));
    assertProblem(403, app.send(crossSite));
    assertEquals("login", post("/auth/login", null, null).body(), "no Origin: a program, not a page");
    String self = app.request("/").build().uri().toString().replaceAll("/$", "");
    assertEquals(200, app.send(app.request("/auth/login").header("Origin", self)
        .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());
  }
}
