package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.support.ProblemAssert;
import vn.thanhhoa.planmap.support.RawHttp;
import vn.thanhhoa.planmap.support.ServerPerClass;

/**
 * The errors Jetty raises before routing, sent over a raw socket as an attacker would: each answers
 * with planmap's problem+json, never Jetty's HTML page or its words.
 */
class PreRoutingErrorsIT extends ServerPerClass {

  private static JsonNode problem(RawHttp.Response r, int status) {
    assertFalse(r.body().contains("<html"), r.body());
    return ProblemAssert.problem(r, status, null);
  }

  @Test
  void aUriOverThirtyTwoKilobytesIs414() {
    problem(RawHttp.send(server.port(), "GET", "/tasks?q=" + "a".repeat(JettyErrors.MAX_REQUEST_HEAD_BYTES), null), 414);
  }

  @Test
  void headersOverThirtyTwoKilobytesAre431() {
    problem(RawHttp.send(server.port(), "GET", "/tasks", null,
        "X-Padding: " + "b".repeat(JettyErrors.MAX_REQUEST_HEAD_BYTES)), 431);
  }

  @Test
  void aCookieOverThirtyTwoKilobytesIs431() {
    problem(RawHttp.send(server.port(), "GET", "/", null,
        "Cookie: planmap_session=" + "c".repeat(JettyErrors.MAX_REQUEST_HEAD_BYTES)), 431);
  }

  @ParameterizedTest(name = "request line {0}")
  @CsvSource(delimiter = '|', value = {
      "GET /tasks HTTP/1.1 extra",
      "GET  HTTP/1.1",
      "GET /tasks HTTP/9.9",
      "G\u0001T /tasks HTTP/1.1",
      "GET /ta sks HTTP/1.1"})
  void aBrokenRequestLineIsAProblem(String line) {
    String request = line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    RawHttp.Response r = RawHttp.sendBytes(server.port(), request.getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(r.status() >= 400 && r.status() < 500 || r.status() == 505, r.toString());
    problem(r, r.status());
  }

  @ParameterizedTest(name = "path {0}")
  @CsvSource({
      "/tasks/a%00b",
      "/tasks/a%0ab",
      "/tasks/a%ZZb",
      "/tasks/a%",
      "/tasks/%C3%28",
      "/tasks/%ED%A0%80",
      "/%2e%2e/%2e%2e/etc/passwd"})
  void aPathWithANulABadEscapeOrAnAmbiguousSegmentIs400(String path) {
    problem(RawHttp.send(server.port(), "GET", path, null, "Accept: text/html"), 400);
  }

  /** An encoded slash is data, not a separator: the id "a/b" is looked up and not found. */
  @ParameterizedTest(name = "path {0}")
  @CsvSource({"/collections/roads/items/a%2Fb", "/tasks/..%2F..%2Fetc%2Fpasswd"})
  void anEncodedSlashIsPartOfTheIdAndFindsNothing(String path) {
    problem(RawHttp.send(server.port(), "GET", path, null), 404);
  }

  @Test
  void aHeaderWithAControlCharacterIs400() {
    byte[] request = "GET /tasks HTTP/1.1\r\nHost: localhost\r\nX-Evil: a\u0000b\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    problem(RawHttp.sendBytes(server.port(), request), 400);
  }
}
