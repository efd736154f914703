package vn.thanhhoa.planmap.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.Nginx;
import vn.thanhhoa.planmap.support.SelfSignedCertificate;
import vn.thanhhoa.planmap.support.ServerProcess;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestPostgis;

/**
 * Two planmap processes over one database, behind the repository's nginx site ({@code deploy/nginx/planmap.conf})
 * with both in its upstream, as README's "Two instances, one database" describes: a session made on one instance is
 * valid on the other, a write on one is read on the other at the next request (with a new ETag), and nginx spreads
 * one signed-in person's requests over both without the person noticing.
 */
class TwoInstancesIT {
  private static final Path SITE = Path.of("..", "deploy", "nginx", "planmap.conf");
  private static final String PLACE = "/collections/roads/items/pho-le-hoan";

  private static ServerProcess first;
  private static ServerProcess second;
  private static Nginx nginx;
  private static SelfSignedCertificate certificate;
  private static int httpsPort;
  private static int firstPort;
  private static int secondPort;

  @BeforeAll
  static void start() throws Exception {
    TestPostgis pg = TestPostgis.get();
    String url = pg.freshSchema();
    Map<String, String> proxied = Map.of("PLANMAP_TRUSTED_PROXIES", "127.0.0.1");
    firstPort = ServerProcess.freePort();
    first = new ServerProcess(url, pg, firstPort, proxied);
    first.start(); // migrates and loads the geodata; the second finds both done
    secondPort = ServerProcess.freePort();
    second = new ServerProcess(url, pg, secondPort, proxied);
    second.start();
    try (Database db = Database.connect(TestDatabases.config(url, pg))) {
      Browserless.account(db, "two.editor", Role.EDITOR, List.of());
    }
    certificate = SelfSignedCertificate.make();
    httpsPort = ServerProcess.freePort();
    nginx = Nginx.start(SITE, Map.of(
        "listen 80;", "listen 127.0.0.1:" + ServerProcess.freePort() + ";",
        "listen [::]:80;", "",
        "listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;",
        "listen [::]:443 ssl http2;", "",
        "/etc/ssl/certs/planmap.pem", certificate.cert.toString(),
        "/etc/ssl/private/planmap.key", certificate.key.toString(),
        "server 127.0.0.1:7070;", "server 127.0.0.1:" + firstPort + "; server 127.0.0.1:" + secondPort + ";"),
        "", httpsPort);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (nginx != null) {
      nginx.close();
    }
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  @Test
  void aSignInOnOneInstanceIsValidOnTheOther() {
    Browserless onFirst = new Browserless(first.base()).signedIn("two.editor");
    Browserless onSecond = new Browserless(second.base());
    onSecond.cookie = onFirst.cookie;
    onSecond.csrf = onFirst.csrf;
    assertEquals("two.editor", Browserless.read(onSecond.get("/auth/me").body()).path("user").path("username")
        .asText(), "the second instance knows the session the first made");
    assertEquals(204, onSecond.write("POST", "/auth/logout", "{}").statusCode(), "and accepts its CSRF token");
    assertEquals(401, onFirst.write("POST", "/auth/logout", "{}").statusCode(),
        "signed out on the second: the first no longer knows the session either");
  }

  @Test
  void aWriteOnOneInstanceIsReadOnTheOtherAtTheNextRequestWithANewETag() {
    Browserless reader = new Browserless(second.base());
    HttpResponse<String> before = reader.get(PLACE);
    String etag = before.headers().firstValue("ETag").orElseThrow();
    String collectionsEtag = reader.get("/collections").headers().firstValue("ETag").orElseThrow();
    Browserless editor = new Browserless(first.base()).signedIn("two.editor");
    String version = editor.get("/edit/features/pho-le-hoan").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> saved = editor.write("PATCH", "/edit/features/pho-le-hoan",
        "{\"name\":\"Phố Lê Hoàn (sửa trên máy thứ nhất)\"}", "If-Match", version);
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> after = reader.get(PLACE, "If-None-Match", etag);
    assertEquals(200, after.statusCode(), "the second instance's cached copy is stale: not a 304");
    assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    assertEquals("Phố Lê Hoàn (sửa trên máy thứ nhất)", Browserless.read(after.body()).path("properties")
        .path("name").asText());
    assertEquals(200, reader.get("/collections", "If-None-Match", collectionsEtag).statusCode(),
        "the layer list too");
  }

  @Test
  void nginxSpreadsOnePersonsRequestsOverBothInstancesAndTheSessionHolds() throws Exception {
    Browserless c = new Browserless("https://localhost:" + httpsPort, certificate.trustingContext());
    assertEquals(200, c.login("two.editor", Browserless.PASSWORD).statusCode());
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> me = c.get("/auth/me");
      assertEquals("two.editor", Browserless.read(me.body()).path("user").path("username").asText(),
          "request " + i + " is signed in, whichever instance answered it");
    }
    String log = nginx.accessLog();
    assertTrue(log.contains("127.0.0.1:" + firstPort) && log.contains("127.0.0.1:" + secondPort),
        "both instances answered:\n" + log);
  }
}
