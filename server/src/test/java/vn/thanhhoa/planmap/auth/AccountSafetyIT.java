package vn.thanhhoa.planmap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerPerClass;
import vn.thanhhoa.planmap.support.Sql;

/**
 * What keeps accounts safe when attacked or mismanaged: parallel password guesses are throttled all the same,
 * a changed password, role or disabling ends the user's sessions, and the last active admin stays one.
 */
class AccountSafetyIT extends ServerPerClass {
  private static final int GUESSES = 40;

  @BeforeAll
  static void accounts() {
    Browserless.account(server.database, "sole.admin", Role.ADMIN, List.of());
    Browserless.account(server.database, "raced", Role.REPORTER, List.of("so-y-te"));
    for (String change : List.of("password", "role", "disabled")) {
      Browserless.account(server.database, "revoked." + change, Role.EDITOR, List.of());
    }
  }

  private static Browserless client() {
    return new Browserless(server.url(""));
  }

  @Test
  void parallelWrongPasswordsAreEvaluatedAtMostFiveTimes() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < GUESSES; i++) {
        String guess = "wrong password " + i;
        answers.add(pool.submit(() -> {
          go.await();
          return client().login("raced", guess).statusCode();
        }));
      }
      go.countDown();
      int evaluated = 0;
      int throttled = 0;
      for (Future<Integer> a : answers) {
        int status = a.get();
        evaluated += status == 401 ? 1 : 0;
        throttled += status == 429 ? 1 : 0;
      }
      assertTrue(evaluated >= 1 && evaluated <= AuthRoutes.MAX_FAILURES, evaluated + " guesses evaluated");
      assertEquals(GUESSES, evaluated + throttled, "every other guess is refused unevaluated");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(429, client().login("raced", Browserless.PASSWORD).statusCode(), "the right password waits too");
  }

  @ParameterizedTest
  @ValueSource(strings = {"password", "role", "disabled"})
  void changingAnAccountEndsItsSessions(String change) {
    String username = "revoked." + change;
    Browserless user = client().signedIn(username);
    Browserless laptop = client().signedIn(username);
    assertEquals("editor", me(user).path("user").path("role").asText());
    String body = switch (change) {
      case "password" -> "{\"password\":\"another good password\"}";
      case "role" -> "{\"role\":\"reporter\"}";
      default -> "{\"disabled\":true}";
    };
    Browserless admin = client().signedIn("sole.admin");
    HttpResponse<String> r = admin.write("PATCH", "/users/" + id(username), body);
    assertEquals(200, r.statusCode(), r.body());
    for (Browserless session : List.of(user, laptop)) {
      assertEquals("viewer", me(session).path("user").path("role").asText(), change + " ends every session");
      assertEquals(401, session.write("PATCH", "/edit/features/dai-lo-bac-song-ma", "{}").statusCode());
    }
    assertEquals(0, Sql.count(server.database.dataSource(),
        "SELECT count(*) FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = ?", username));
    assertEquals("sole.admin", me(admin).path("user").path("username").asText(), "the admin's own session lives");
  }

  @Test
  void anAdminChangingItsOwnPasswordKeepsThisSessionOnly() {
    Browserless.account(server.database, "self.admin", Role.ADMIN, List.of());
    Browserless here = client().signedIn("self.admin");
    Browserless elsewhere = client().signedIn("self.admin");
    HttpResponse<String> r = here.write("PATCH", "/users/" + id("self.admin"),
        "{\"password\":\"my new good password\"}");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("self.admin", me(here).path("user").path("username").asText());
    assertEquals("viewer", me(elsewhere).path("user").path("role").asText());
    assertEquals(200, here.write("PATCH", "/users/" + id("self.admin"), "{\"disabled\":true}").statusCode(),
        "another admin remains");
  }

  @Test
  void theLastActiveAdminIsNeitherDemotedNorDisabled() {
    Browserless.account(server.database, "second.admin", Role.ADMIN, List.of());
    Browserless admin = client().signedIn("sole.admin");
    assertEquals(200, admin.write("PATCH", "/users/" + id("second.admin"), "{\"role\":\"editor\"}").statusCode(),
        "an admin who is not the last may be demoted");
    // every other admin is now demoted or disabled
    for (String body : List.of("{\"role\":\"editor\"}", "{\"disabled\":true}",
        "{\"role\":\"reporter\",\"disabled\":true}")) {
      HttpResponse<String> r = admin.write("PATCH", "/users/" + id("sole.admin"), body);
      assertEquals(409, r.statusCode(), body + ": " + r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      assertTrue(r.body().contains("last active admin"), r.body());
    }
    JsonNode me = me(admin);
    assertEquals("admin", me.path("user").path("role").asText(), "nothing changed");
    assertEquals(200, admin.write("PATCH", "/users/" + id("sole.admin"), "{\"display_name\":\"Trần Văn Minh\"}")
        .statusCode(), "other changes of the last admin go through");
  }

  private static JsonNode me(Browserless c) {
    return Browserless.read(c.get("/auth/me").body());
  }

  private static long id(String username) {
    return Long.parseLong(Sql.column(server.database.dataSource(), "SELECT id FROM app_user WHERE username = ?",
        username).get(0));
  }
}
