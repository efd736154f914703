package vn.thanhhoa.planmap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.auth.AccountStore;
import vn.thanhhoa.planmap.auth.PasswordHasher;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.auth.User;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.history.History;

/**
 * A client of the HTTP API as a signed-in person would be, request by request: keeps the session cookie
 * and sends the CSRF token on writes, like the map does.
 */
public final class Browserless {
  public static final String PASSWORD = "correct horse battery";
  private static final ObjectMapper MAPPER = Json.mapper();

  private final String base;
  private final HttpClient http;
  public String cookie;
  public String csrf;

  public Browserless(String base) {
    this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
  }

  /** A client over HTTPS that trusts the given context's certificates (a test's self-signed one). */
  public Browserless(String base, javax.net.ssl.SSLContext tls) {
    this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build());
  }

  private Browserless(String base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  /** Creates an account straight in the database (as an admin would). */
  public static void account(Database db, String username, Role role, List<String> agencies) {
    Jdbc jdbc = new Jdbc(db.dataSource());
    new AccountStore(jdbc, new History(jdbc, MAPPER)).create(username, username.toUpperCase(),
        new PasswordHasher().hash(PASSWORD), role, agencies, User.COMMAND_LINE);
  }

  /** Signs in; returns the response of the login. */
  public HttpResponse<String> login(String username, String password) {
    HttpResponse<String> r = send("POST", "/auth/login", "application/json",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", false);
    r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
    if (r.statusCode() == 200) {
      csrf = read(r.body()).path("csrf_token").asText();
    }
    return r;
  }

  public Browserless signedIn(String username) {
    HttpResponse<String> r = login(username, PASSWORD);
    if (r.statusCode() != 200) {
      throw new AssertionError("login of " + username + ": " + r.statusCode() + " " + r.body());
    }
    return this;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, null, false, headers);
  }

  /** A JSON write with the session's CSRF token. */
  public HttpResponse<String> write(String method, String path, String json, String... headers) {
    return send(method, path, "application/json", json, true, headers);
  }

  public HttpResponse<String> send(String method, String path, String type, Object body, boolean withCsrf,
      String... headers) {
    return send(method, path, type, body, withCsrf, HttpResponse.BodyHandlers.ofString(), headers);
  }

  /** A GET whose body comes back as bytes (downloads). */
  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    return send("GET", path, null, null, false, HttpResponse.BodyHandlers.ofByteArray(), headers);
  }

  public <T> HttpResponse<T> send(String method, String path, String type, Object body, boolean withCsrf,
      HttpResponse.BodyHandler<T> handler, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
        : HttpRequest.BodyPublishers.ofString((String) body);
    b.method(method, publisher);
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (withCsrf && csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(b.build(), handler);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
