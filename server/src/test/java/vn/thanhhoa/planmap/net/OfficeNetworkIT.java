package vn.thanhhoa.planmap.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.SelfSignedCertificate;
import vn.thanhhoa.planmap.support.Sql;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * Sign-in on an office network: built-in HTTPS, plain HTTP (the cookie is then not Secure, so it sticks), and a
 * TLS proxy in front whose X-Forwarded-Proto and X-Forwarded-For count only when it is trusted.
 */
class OfficeNetworkIT {
  private static SelfSignedCertificate certificate;
  private static TestServer https;
  private static TestServer plain;
  private static TestServer proxied;

  @BeforeAll
  static void start() throws Exception {
    certificate = SelfSignedCertificate.make();
    https = TestServer.start(TestServer.GEODATA, c -> c.withTls(certificate.tls()));
    plain = TestServer.start();
    proxied = TestServer.start(TestServer.GEODATA, c -> c.withTrustedProxies(AddressRanges.parse("127.0.0.0/8")));
    for (TestServer s : List.of(https, plain, proxied)) {
      Browserless.account(s.database, "office.editor", Role.EDITOR, List.of());
    }
  }

  @AfterAll
  static void stop() {
    for (TestServer s : new TestServer[] {https, plain, proxied}) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Test
  void builtInHttpsServesTheMapAndASecureCookie() {
    assertTrue(https.url("/").startsWith("https://"));
    Browserless c = new Browserless(https.url(""), certificate.trustingContext());
    assertEquals(200, c.get("/health").statusCode());
    HttpResponse<String> login = c.login("office.editor", Browserless.PASSWORD);
    assertEquals(200, login.statusCode(), login.body());
    assertTrue(setCookie(login).contains("; Secure"), setCookie(login));
    assertEquals("editor", role(c));
    assertTrue(c.get("/", "Accept", "application/json").body().contains("\"https://localhost:" + https.port()),
        "the API's links say https");
  }

  @Test
  void plainHttpSendsTheCookieWithoutSecureSoTheSignInSticks() {
    Browserless c = new Browserless(plain.url(""));
    HttpResponse<String> login = c.login("office.editor", Browserless.PASSWORD);
    assertEquals(200, login.statusCode(), login.body());
    String cookie = setCookie(login);
    assertFalse(cookie.contains("Secure"), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertEquals("editor", role(c));
    HttpResponse<String> logout = c.write("POST", "/auth/logout", "{}");
    assertFalse(setCookie(logout).contains("Secure"), setCookie(logout));
  }

  @Test
  void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
    Browserless c = new Browserless(plain.url(""));
    HttpResponse<String> login = c.send("POST", "/auth/login", "application/json",
        "{\"username\":\"office.editor\",\"password\":\"wrong password\"}", false, "X-Forwarded-Proto", "https",
        "X-Forwarded-For", "203.0.113.66");
    assertEquals(401, login.statusCode());
    assertEquals(List.of("127.0.0.1"), Sql.column(plain.database.dataSource(),
        "SELECT DISTINCT remote FROM login_attempt WHERE username = 'office.editor' AND NOT success"));
    HttpResponse<String> ok = c.send("POST", "/auth/login", "application/json",
        "{\"username\":\"office.editor\",\"password\":\"" + Browserless.PASSWORD + "\"}", false,
        "X-Forwarded-Proto", "https");
    assertFalse(setCookie(ok).contains("Secure"), "a client cannot claim HTTPS: " + setCookie(ok));
    assertFalse(plain.get("/", "Accept", "application/json", "X-Forwarded-Proto", "https").body()
        .contains("\"https://"));
  }

  @Test
  void aTrustedProxySaysHttpsAndWhoTheClientIs() {
    Browserless c = new Browserless(proxied.url(""));
    HttpResponse<String> ok = c.send("POST", "/auth/login", "application/json",
        "{\"username\":\"office.editor\",\"password\":\"" + Browserless.PASSWORD + "\"}", false,
        "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(setCookie(ok).contains("; Secure"), setCookie(ok));
    for (String forwarded : List.of("198.51.100.1, 203.0.113.9", "203.0.113.9, 127.0.0.1")) {
      assertEquals(401, c.send("POST", "/auth/login", "application/json",
          "{\"username\":\"office.editor\",\"password\":\"wrong password\"}", false, "X-Forwarded-For", forwarded)
          .statusCode());
    }
    assertEquals(List.of("203.0.113.9"), Sql.column(proxied.database.dataSource(),
        "SELECT DISTINCT remote FROM login_attempt WHERE NOT success"), "the nearest address no proxy of ours");
    assertEquals(List.of("203.0.113.7"), Sql.column(proxied.database.dataSource(),
        "SELECT remote FROM login_attempt WHERE success"));
    assertTrue(proxied.get("/", "Accept", "application/json", "X-Forwarded-Proto", "https").body()
        .contains("\"https://localhost:" + proxied.port()), "links behind the proxy say https");
  }

  private static String setCookie(HttpResponse<String> r) {
    return r.headers().firstValue("Set-Cookie").orElse("");
  }

  private static String role(Browserless c) {
    return Browserless.read(c.get("/auth/me").body()).path("user").path("role").asText();
  }
}
