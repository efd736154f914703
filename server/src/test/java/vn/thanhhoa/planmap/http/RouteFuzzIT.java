package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thanhhoa.planmap.support.HostileValues.BODIES;
import static vn.thanhhoa.planmap.support.HostileValues.JSON_VALUES;
import static vn.thanhhoa.planmap.support.HostileValues.QUERY_VALUES;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.App;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ProblemAssert;
import vn.thanhhoa.planmap.support.RawHttp;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * Fuzzes every route of the running server's route table with hostile values of every kind, in every
 * parameter: the query parameters the OpenAPI document lists plus those each route names itself when
 * sent an unknown one, every path parameter, and for the write routes (signed in as an admin, with the
 * CSRF token and the current ETag) every JSON member the route names when sent an unknown one, plus
 * malformed bodies. Nothing is listed by hand but sample ids for the path parameters. Every answer must
 * be below 500, every 4xx a problem+json body without database words, and none slower than 5 s.
 */
class RouteFuzzIT extends ServerPerClass {
  private static final long SLOW_MS = 5_000;
  /** A path parameter: {@code {name}} (one segment) or {@code <name>} (the rest of the path). */
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)\\}|<([^>]+)>");

  private static Browserless admin;
  private static String reportId;
  private static String userId;
  private static final List<String> failures = new ArrayList<>();
  private static int requests;

  @BeforeAll
  static void signIn() {
    Browserless.account(server.database, "fuzz.admin", Role.ADMIN, List.of());
    Browserless.account(server.database, "fuzz.victim", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    admin = new Browserless(server.url("")).signedIn("fuzz.admin");
    Browserless reporter = new Browserless(server.url("")).signedIn("fuzz.victim");
    var r = reporter.write("POST", "/tasks/IV.10/reports", "{\"status\":\"in_progress\",\"report_date\":\"2023-03-20\","
        + "\"text\":\"fuzz\"}");
    assertTrue(r.statusCode() == 201, r.body());
    reportId = Browserless.read(r.body()).path("id").asText();
    for (JsonNode u : Browserless.read(admin.get("/users").body()).path("users")) {
      if (u.path("username").asText().equals("fuzz.victim")) {
        userId = u.path("id").asText();
      }
    }
  }

  /** A valid sample for a path parameter, so that the fuzz reaches past the lookup. */
  private static String sample(String path, String name) {
    String first = path.split("/")[1];
    return switch (name) {
      case "layer", "collectionId" -> "roads";
      case "featureId" -> "nui-do";
      case "code" -> "VI.2";
      case "aid" -> "1";
      case "library" -> "leaflet";
      case "file" -> "leaflet.js";
      default -> switch (first) {
        case "edit" -> "nui-do";
        case "users" -> userId;
        case "reports" -> reportId;
        case "agencies" -> "ubnd-thanh-pho-thanh-hoa";
        default -> "x";
      };
    };
  }

  private static String fill(String path, String hostileName, String hostileValue) {
    Matcher m = TEMPLATE.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String v = name.equals(hostileName) ? hostileValue : sample(path, name);
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The query parameters of a route: those of the OpenAPI document and those the route names itself. */
  private static TreeSet<String> queryParameters(App.Route route, JsonNode openapi) {
    TreeSet<String> names = new TreeSet<>();
    String shape = route.path().replaceAll("\\{[^}]+\\}", "{}");
    openapi.path("paths").fields().forEachRemaining(e -> {
      if (e.getKey().replaceAll("\\{[^}]+\\}", "{}").equals(shape)) {
        for (JsonNode p : e.getValue().path(route.method().toLowerCase()).path("parameters")) {
          if (p.path("in").asText().equals("query")) {
            names.add(p.path("name").asText());
          }
        }
      }
    });
    RawHttp.Response probe = send(route, fill(route.path(), null, null) + "?zz_fuzz=1", body(route, "{}"));
    allowed(probe).forEach(names::add);
    return names;
  }

  /** The members a write names as allowed when sent an unknown one (empty when it names none). */
  private static List<String> bodyMembers(App.Route route) {
    return allowed(send(route, fill(route.path(), null, null), "{\"zz_fuzz\":1}"));
  }

  private static List<String> allowed(RawHttp.Response r) {
    List<String> out = new ArrayList<>();
    if (r.status() == 400 && r.body().startsWith("{")) {
      Browserless.read(r.body()).path("allowed").forEach(a -> out.add(a.asText()));
    }
    return out;
  }

  private static boolean writes(App.Route route) {
    return !route.method().equals("GET") && !route.method().equals("HEAD");
  }

  private static String body(App.Route route, String json) {
    return writes(route) ? json : null;
  }

  private static RawHttp.Response send(App.Route route, String target, String json) {
    List<String> headers = new ArrayList<>(List.of("Accept: application/json"));
    if (writes(route)) {
      headers.add("Content-Type: application/json");
      headers.add("Cookie: " + admin.cookie);
      headers.add("X-CSRF-Token: " + admin.csrf);
      String plainPath = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      if (route.method().equals("PATCH")) {
        RawHttp.Response state = RawHttp.send(server.port(), "GET", plainPath, null, "Cookie: " + admin.cookie);
        if (state.header("ETag") != null) {
          headers.add("If-Match: " + state.header("ETag"));
        }
      }
    }
    return RawHttp.send(server.port(), route.method(), target,
        json == null ? null : json.getBytes(StandardCharsets.UTF_8), headers.toArray(String[]::new));
  }

  private static void check(App.Route route, String target, String json, String hostile) {
    RawHttp.Response r = send(route, target, json);
    requests++;
    String what = route.method() + " " + (target.length() > 160 ? target.substring(0, 160) + "…" : target)
        + (json == null ? "" : " " + (json.length() > 120 ? json.substring(0, 120) + "…" : json));
    if (r.status() >= 500) {
      failures.add(what + " → " + r.status() + " " + r.body());
    } else if (r.status() >= 400) {
      String type = r.header("Content-Type");
      if (type == null || !type.startsWith("application/problem+json")) {
        failures.add(what + " → " + r.status() + " not problem+json: " + type);
      } else {
        String body = r.body();
        for (String echo : List.of(hostile, decodeQuietly(hostile), json == null ? "" : json)) {
          if (echo != null && !echo.isEmpty()) {
            body = body.replace(echo, "");
          }
        }
        String word = ProblemAssert.databaseWord(body);
        if (word != null) {
          failures.add(what + " → database word '" + word + "': " + r.body());
        }
      }
    }
    if (r.millis() > SLOW_MS) {
      failures.add(what + " → took " + r.millis() + " ms");
    }
  }

  private static String decodeQuietly(String s) {
    String d = RequestGuard.decode(s, true);
    return d == null ? s : d;
  }

  /** Every path of the route table, asked with a method it does not route: 405 with exactly its methods in Allow. */
  @Test
  void aMethodAPathDoesNotTakeIs405WithTheRouteTablesMethods() {
    // a path answers to the methods of every route whose pattern it matches (/reports/annual also matches
    // /reports/{id}), as the router sees it
    Map<String, TreeSet<String>> methods = new LinkedHashMap<>();
    for (App.Route r : server.routes()) {
      methods.computeIfAbsent(r.path(), p -> new TreeSet<>());
    }
    methods.forEach((path, allowed) -> {
      for (App.Route r : server.routes()) {
        if (patternMatches(r.path(), fill(path, null, null))) {
          allowed.add(r.method());
        }
      }
    });
    List<String> wrong = new ArrayList<>();
    methods.forEach((path, allowed) -> {
      for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
        if (allowed.contains(m)) {
          continue;
        }
        RawHttp.Response r = RawHttp.send(server.port(), m, fill(path, null, null), m.equals("GET") ? null : new byte[0]);
        TreeSet<String> said = new TreeSet<>();
        if (r.header("Allow") != null) {
          for (String a : r.header("Allow").split(",")) {
            said.add(a.strip());
          }
        }
        String type = r.header("Content-Type");
        if (r.status() != 405 || !said.equals(allowed) || type == null || !type.startsWith("application/problem+json")) {
          wrong.add(m + " " + path + " → " + r.status() + " Allow " + said + " (routes: " + allowed + ") " + type);
        }
      }
    });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void noRouteAnswersAHostileValueWithA5xxAForeignErrorOrDatabaseWords() {
    JsonNode openapi = Browserless.read(server.get("/api", "Accept", "application/json").body());
    List<App.Route> routes = new ArrayList<>(server.routes());
    // sign-in and sign-out last: failed sign-ins throttle the address, signing out ends the admin's session
    routes.sort(Comparator.comparing((App.Route r) -> r.path().startsWith("/auth/")).thenComparing(App.Route::path));
    assertTrue(routes.size() >= 25, "the route table: " + routes);
    Map<String, Integer> perRoute = new LinkedHashMap<>();
    for (App.Route route : routes) {
      int before = requests;
      String base = fill(route.path(), null, null);
      for (String name : queryParameters(route, openapi)) {
        for (String v : QUERY_VALUES) {
          check(route, base + "?" + name + "=" + v, body(route, "{}"), v);
        }
      }
      for (String unknown : List.of("?zz_fuzz=1", "?F=json", "?f=json&f=html", "?%00=1", "?=", "?&&&", "?a=1&")) {
        check(route, base + unknown, body(route, "{}"), unknown);
      }
      Matcher m = TEMPLATE.matcher(route.path());
      while (m.find()) {
        for (String v : QUERY_VALUES) {
          if (!v.isEmpty() && !v.contains("%2F")) {
            check(route, fill(route.path(), m.group(1) != null ? m.group(1) : m.group(2), v), body(route, "{}"), v);
          }
        }
      }
      if (writes(route)) {
        for (String member : bodyMembers(route)) {
          for (String v : JSON_VALUES) {
            check(route, base, "{\"" + member + "\":" + v + "}", v);
          }
        }
        for (String b : BODIES) {
          check(route, base, b, b);
        }
      }
      perRoute.put(route.method() + " " + route.path(), requests - before);
    }
    System.out.println("RouteFuzzIT: " + requests + " requests over " + routes.size() + " routes: " + perRoute);
    assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " hostile requests failed:\n"
        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
  }

  /**
   * Whether a concrete path fits a route pattern, {param} segments matching any one segment and a last {@code <param>}
   * segment the rest of the path (one segment or more).
   */
  private static boolean patternMatches(String pattern, String concrete) {
    String[] p = pattern.split("/");
    String[] c = concrete.split("\\?")[0].split("/");
    boolean rest = p.length > 0 && p[p.length - 1].startsWith("<");
    if (rest ? c.length < p.length : p.length != c.length) {
      return false;
    }
    for (int i = 0; i < (rest ? p.length - 1 : p.length); i++) {
      if (!p[i].startsWith("{") && !p[i].equals(c[i])) {
        return false;
      }
    }
    return true;
  }
}
