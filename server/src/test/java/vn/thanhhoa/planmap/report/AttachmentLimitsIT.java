package vn.thanhhoa.planmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.TestServer;

/** Attachments are stored under a safe name with their checked type's extension, within the quotas. */
class AttachmentLimitsIT {
  private static final long PER_USER = 10_000;
  private static final long TOTAL = 25_000;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.GEODATA, c -> c.withAttachmentQuotas(PER_USER, TOTAL));
    for (String u : List.of("r1", "r2", "r3", "namer")) {
      Browserless.account(server.database, "quota." + u, Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Browserless as(String user) {
    return new Browserless(server.url("")).signedIn("quota." + user);
  }

  private static long report(Browserless c) {
    HttpResponse<String> r = c.write("POST", "/tasks/IV.9/reports",
        "{\"status\":\"submitted\",\"report_date\":\"2022-06-15\"}");
    assertEquals(201, r.statusCode(), r.body());
    return Browserless.read(r.body()).path("id").asLong();
  }

  private static HttpResponse<String> attach(Browserless c, long report, String filename, int size) {
    byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), size);
    return c.send("POST", "/reports/" + report + "/attachments?filename="
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"), "application/pdf", pdf, true);
  }

  @Test
  void quotasPerAuthorAndInTotalAreKept() {
    Browserless r1 = as("r1");
    Browserless r2 = as("r2");
    Browserless r3 = as("r3");
    long a = report(r1);
    long b = report(r2);
    long c = report(r3);
    assertEquals(201, attach(r1, a, "a.pdf", 6000).statusCode());
    HttpResponse<String> over = attach(r1, a, "b.pdf", 6000);
    assertEquals(413, over.statusCode(), over.body());
    assertTrue(over.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(over.body().contains("quota") && over.body().contains("\"quota_bytes\":" + PER_USER), over.body());
    assertEquals(201, attach(r1, a, "c.pdf", 3000).statusCode(), "what still fits is taken");
    assertEquals(201, attach(r2, b, "d.pdf", 6000).statusCode());
    assertEquals(201, attach(r3, c, "e.pdf", 6000).statusCode());
    assertEquals(201, attach(r3, c, "f.pdf", 3000).statusCode(), "24 000 of 25 000 bytes (and 200 of the names)");
    HttpResponse<String> full = attach(r2, b, "g.pdf", 3000);
    assertEquals(507, full.statusCode(), full.body());
    assertTrue(full.body().contains("PLANMAP_ATTACHMENT_QUOTA_TOTAL"), full.body());
  }

  @Test
  void theStoredNameCarriesTheCheckedTypeAndNoBidiOrControlCharacters() {
    Browserless c = as("namer");
    long id = report(c);
    HttpResponse<String> html = attach(c, id, "x.html", 100);
    assertEquals(201, html.statusCode(), html.body());
    assertEquals("x.pdf", Browserless.read(html.body()).path("filename").asText());
    assertEquals("attachment; filename*=UTF-8''x.pdf",
        disposition(Browserless.read(html.body()).path("href").asText()));
    HttpResponse<String> bidi = attach(c, id, "Tờ trình\u202Efdp.exe", 100);
    assertEquals(201, bidi.statusCode(), bidi.body());
    assertEquals("Tờ trìnhfdp.pdf", Browserless.read(bidi.body()).path("filename").asText());
    assertEquals("attachment; filename*=UTF-8''" + URLEncoder.encode("Tờ trìnhfdp.pdf", StandardCharsets.UTF_8)
        .replace("+", "%20"), disposition(Browserless.read(bidi.body()).path("href").asText()));
  }

  private static String disposition(String href) {
    return server.getBytes(href).headers().firstValue("Content-Disposition").orElse("");
  }
}
