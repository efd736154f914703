package vn.thanhhoa.planmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.http.ClasspathFiles;
import vn.thanhhoa.planmap.support.InProcessApp;

/**
 * web/ as App serves it from the class path ({@link ClasspathFiles#site} over {@link App#WEB_FOLDERS} and
 * {@link App#WEB_PAGES}): every file of web/ but its node tests answers with its own bytes and media type,
 * revalidated by ETag; what is not there is a 404 problem.
 */
class WebFilesTest {
  private static final Path WEB = Path.of("..", "web");
  private static InProcessApp app;

  @BeforeAll
  static void start() {
    app = new InProcessApp(ClasspathFiles.site("web", App.WEB_FOLDERS, App.WEB_PAGES));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void everyFileOfWebButItsTestsIsServedAsItIs() throws Exception {
    List<String> served = new ArrayList<>();
    try (Stream<Path> files = Files.walk(WEB)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String path = "/" + WEB.relativize(f).toString().replace('\\', '/');
        if (path.startsWith("/test/")) {
          continue;
        }
        HttpResponse<byte[]> r = app.send(app.request(path), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path + " is served: is its folder or page in App.WEB_FOLDERS/WEB_PAGES?");
        assertArrayEquals(Files.readAllBytes(f), r.body(), path);
        served.add(path);
      }
    }
    assertTrue(served.containsAll(List.of("/index.html", "/js/main.js", "/js/words/core.js", "/css/planmap.css")),
        served.toString());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"/index.html, text/html; charset=utf-8", "/js/main.js, text/javascript; charset=utf-8",
      "/css/planmap.css, text/css; charset=utf-8"})
  void eachFileHasItsMediaTypeAndIsRevalidated(String path, String type) throws Exception {
    HttpResponse<String> r = app.get(path);
    assertEquals(type.replace(" ", ""), r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
    String etag = r.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = app.send(app.request(path).header("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
  }

  @Test
  void twoFilesHaveTwoEtags() throws Exception {
    assertTrue(!app.get("/js/main.js").headers().firstValue("ETag").equals(
        app.get("/js/api.js").headers().firstValue("ETag")));
  }

  @ParameterizedTest(name = "{0} → 404")
  @ValueSource(strings = {"/js/no-such.js", "/js/words", "/js/words/", "/js/main.exe",
      "/test/fold-cases.json"})
  void whatIsNotServedIsA404Problem(String path) throws Exception {
    HttpResponse<String> r = app.get(path);
    assertEquals(404, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().map().toString());
  }

  @Test
  void theLibrariesAreCachedADay() throws Exception {
    try (InProcessApp vendor = new InProcessApp(ClasspathFiles.vendor(Map.of("site", "web/js")))) {
      HttpResponse<String> r = vendor.get("/vendor/site/main.js");
      assertEquals(200, r.statusCode());
      assertEquals("public, max-age=86400", r.headers().firstValue("Cache-Control").orElse(""));
      assertEquals(404, vendor.get("/vendor/other/main.js").statusCode());
    }
  }
}
