package vn.thanhhoa.planmap.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.Nginx;
import vn.thanhhoa.planmap.support.SelfSignedCertificate;
import vn.thanhhoa.planmap.support.ServerProcess;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * The repository's nginx site ({@code deploy/nginx/planmap.conf}) run by the real Debian nginx on loopback,
 * terminating TLS with a certificate made by openssl for this test, in front of planmap (which trusts it as a
 * proxy): signing in through it gives a Secure cookie that keeps the user signed in.
 */
class NginxIT {
  private static final Path SITE = Path.of("..", "deploy", "nginx", "planmap.conf");

  private static TestServer server;
  private static Nginx nginx;
  private static SelfSignedCertificate certificate;
  private static int httpPort;
  private static int httpsPort;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestServer.GEODATA, c -> c.withTrustedProxies(AddressRanges.parse("127.0.0.1")));
    Browserless.account(server.database, "proxied.editor", Role.EDITOR, List.of());
    certificate = SelfSignedCertificate.make();
    httpPort = ServerProcess.freePort();
    httpsPort = ServerProcess.freePort();
    nginx = Nginx.start(SITE, Map.of(
        "listen 80;", "listen 127.0.0.1:" + httpPort + ";",
        "listen [::]:80;", "",
        "listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;",
        "listen [::]:443 ssl http2;", "",
        "/etc/ssl/certs/planmap.pem", certificate.cert.toString(),
        "/etc/ssl/private/planmap.key", certificate.key.toString(),
        "server 127.0.0.1:7070;", "server 127.0.0.1:" + server.port() + ";"), "", httpsPort);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (nginx != null) {
      nginx.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void signingInThroughNginxGivesASecureCookieThatSticks() {
    Browserless c = new Browserless("https://localhost:" + httpsPort, certificate.trustingContext());
    assertEquals(200, c.get("/health").statusCode());
    HttpResponse<String> login = c.login("proxied.editor", Browserless.PASSWORD);
    assertEquals(200, login.statusCode(), login.body());
    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly"), cookie);
    assertEquals("proxied.editor", Browserless.read(c.get("/auth/me").body()).path("user").path("username")
        .asText());
    assertTrue(c.get("/", "Accept", "application/json").body().contains("\"https://localhost:" + httpsPort),
        "links through nginx say https and nginx's port");
    HttpResponse<String> logout = c.write("POST", "/auth/logout", "{}");
    assertEquals(204, logout.statusCode(), "a write passes nginx with the session and its CSRF token");
    assertTrue(logout.headers().firstValue("Set-Cookie").orElse("").contains("; Secure"));
  }

  @Test
  void plainHttpIsRedirectedToHttps() throws Exception {
    HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/collections")).build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(301, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElse("").startsWith("https://127.0.0.1/collections"),
        r.headers().map().toString());
  }
}
