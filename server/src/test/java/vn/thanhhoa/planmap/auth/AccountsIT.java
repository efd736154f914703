package vn.thanhhoa.planmap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/** Sign-in, sessions, CSRF, throttling and roles, request by request against the real server. */
class AccountsIT extends ServerPerClass {

  @BeforeAll
  static void start() {
    Browserless.account(server.database, "lan.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    Browserless.account(server.database, "minh.admin", Role.ADMIN, List.of());
    Browserless.account(server.database, "throttled", Role.REPORTER, List.of("so-y-te"));
  }


  private static Browserless client() {
    return new Browserless(server.url(""));
  }

  @Test
  void aViewerBrowsesWithoutLoginButCannotWrite() {
    Browserless viewer = client();
    assertEquals("viewer", Browserless.read(viewer.get("/auth/me").body()).path("user").path("role").asText());
    assertEquals(401, viewer.write("POST", "/tasks/IV.10/reports", "{\"status\":\"done\"}").statusCode());
    assertEquals(401, viewer.write("PATCH", "/edit/features/dai-lo-bac-song-ma", "{}").statusCode());
  }

  @Test
  void loginSetsAnHttpOnlySameSiteCookie() {
    Browserless c = client();
    var r = c.login("lan.reporter", Browserless.PASSWORD);
    assertEquals(200, r.statusCode(), r.body());
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: a Secure cookie would be dropped (OfficeNetworkIT: HTTPS)");
    assertEquals("reporter", Browserless.read(c.get("/auth/me").body()).path("user").path("role").asText());
    String hash = Sql.column(server.database.dataSource(), "SELECT password_hash FROM app_user WHERE username = ?",
        "lan.reporter").get(0);
    assertTrue(hash.startsWith("$2a$12$"), "bcrypt, cost 12");
    assertFalse(hash.contains(Browserless.PASSWORD));
  }

  @Test
  void writesNeedTheSessionsCsrfToken() {
    Browserless c = client().signedIn("lan.reporter");
    String body = "{\"status\":\"in_progress\",\"report_date\":\"2026-11-20\"}";
    assertEquals(403, c.send("POST", "/tasks/IV.9/reports", "application/json", body, false).statusCode(),
        "missing token");
    assertEquals(403, c.send("POST", "/tasks/IV.9/reports", "application/json", body, false, "X-CSRF-Token",
        "forged").statusCode(), "forged token");
    assertEquals(201, c.write("POST", "/tasks/IV.9/reports", body).statusCode(), "the session's token");
  }

  @Test
  void crossSiteLoginIsRefused() {
    var r = client().send("POST", "/auth/login", "application/json",
        "{\"username\":\"lan.reporter\",\"password\":\"" + Browserless.PASSWORD + "\"}", false, "Origin",
        "https://evil.example");
    assertEquals(403, r.statusCode());
  }

  @Test
  void repeatedFailedLoginsAreThrottled() {
    Browserless c = client();
    for (int i = 0; i < AuthRoutes.MAX_FAILURES; i++) {
      assertEquals(401, c.login("throttled", "wrong password " + i).statusCode());
    }
    var r = c.login("throttled", Browserless.PASSWORD);
    assertEquals(429, r.statusCode(), "even the right password waits");
    assertTrue(r.headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void logoutEndsTheSession() {
    Browserless c = client().signedIn("lan.reporter");
    assertEquals(204, c.write("POST", "/auth/logout", "{}").statusCode());
    assertEquals("viewer", Browserless.read(c.get("/auth/me").body()).path("user").path("role").asText());
  }

  @Test
  void onlyAdminsManageAccounts() {
    String newUser = "{\"username\":\"hoa.editor\",\"display_name\":\"Nguyễn Thị Hoa\",\"password\":\""
        + Browserless.PASSWORD + "\",\"role\":\"editor\"}";
    assertEquals(403, client().signedIn("lan.reporter").write("POST", "/users", newUser).statusCode());
    Browserless admin = client().signedIn("minh.admin");
    var created = admin.write("POST", "/users", newUser);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("Nguyễn Thị Hoa", Browserless.read(created.body()).path("displayName").asText());
    assertEquals(400, admin.write("POST", "/users", newUser.replace("hoa.editor", "short.pw")
        .replace(Browserless.PASSWORD, "short")).statusCode(), "weak password");
    assertEquals(200, client().signedIn("hoa.editor").get("/auth/me").statusCode());
    assertTrue(Browserless.read(admin.get("/history?entity=user").body()).path("history").size() >= 1);
    assertEquals(401, client().get("/history?entity=user").statusCode());
  }
}
