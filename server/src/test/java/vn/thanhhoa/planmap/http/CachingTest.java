package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.support.InProcessApp;

/** ETags over real HTTP, without a database: a route whose data version the test moves. */
class CachingTest {
  private static final AtomicLong version = new AtomicLong(1);
  private static final AtomicInteger reads = new AtomicInteger();
  private static InProcessApp app;

  @BeforeAll
  static void start() {
    app = new InProcessApp(routes -> routes.get("/things", ctx -> {
      if (Caching.notModified(ctx, version.get())) {
        return;
      }
      reads.incrementAndGet();
      ctx.result("things of version " + version.get());
    }));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void reset() {
    version.set(1);
    reads.set(0);
  }

  private static String etag(HttpResponse<String> r) {
    return r.headers().firstValue("ETag").orElseThrow();
  }

  private static HttpResponse<String> ifNoneMatch(String path, String tag) throws Exception {
    return app.send(app.request(path).header("If-None-Match", tag));
  }

  @Test
  void aCurrentCopyIs304BeforeTheDataIsRead() throws Exception {
    HttpResponse<String> first = app.get("/things");
    assertEquals(200, first.statusCode());
    assertTrue(etag(first).startsWith("W/\""), etag(first));
    assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
    HttpResponse<String> again = ifNoneMatch("/things", etag(first));
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(1, reads.get(), "the 304 read nothing");
  }

  @Test
  void aNewDataVersionIsANewTag() throws Exception {
    String before = etag(app.get("/things"));
    version.incrementAndGet();
    HttpResponse<String> after = ifNoneMatch("/things", before);
    assertEquals(200, after.statusCode());
    assertNotEquals(before, etag(after));
  }

  @Test
  void anotherQueryIsAnotherTag() throws Exception {
    assertNotEquals(etag(app.get("/things?a=1")), etag(app.get("/things?a=2")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "strong", "list"})
  void theTagMatchesInEachFormAClientSends(String form) throws Exception {
    String tag = etag(app.get("/things"));
    String sent = switch (form) {
      case "*" -> "*";
      case "strong" -> tag.substring(2);
      default -> "\"other\", " + tag;
    };
    assertEquals(304, ifNoneMatch("/things", sent).statusCode(), sent);
  }

  @Test
  void anotherTagIsAFullAnswer() throws Exception {
    assertEquals(200, ifNoneMatch("/things", "W/\"0123456789abcdef01234567\"").statusCode());
  }
}
