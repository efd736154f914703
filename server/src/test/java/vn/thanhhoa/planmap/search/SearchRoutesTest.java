package vn.thanhhoa.planmap.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.support.InProcessApp;

/**
 * {@code GET /search} over an index held in memory: what the route hands the index (the folded phrase, the
 * limit), what it refuses before asking it, and its cache check. The index's ranking is SearchIndex's own (tested
 * over PostGIS).
 */
class SearchRoutesTest {
  private static final List<String> asked = new ArrayList<>();
  private static final AtomicLong version = new AtomicLong(1);
  private static InProcessApp app;

  @BeforeAll
  static void start() {
    SearchIndex index = (phrase, limit) -> {
      asked.add(phrase + "|" + limit);
      return List.of(new SearchHit("feature", "dai-lo-bac-song-ma", "Đại lộ Bắc Sông Mã", "Bac Song Ma Avenue",
          "Đường", "roads", new double[] {105.7, 19.8, 105.9, 19.9}, 100));
    };
    app = new InProcessApp(new SearchRoutes(index, version::get));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void reset() {
    asked.clear();
  }

  private static HttpResponse<String> search(String query) throws Exception {
    return app.get("/search?" + query);
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void theIndexIsAskedTheFoldedPhraseAndTheHitsComeBackAsJson() throws Exception {
    HttpResponse<String> r = search(q("Đại lộ Bắc-Sông") + "&limit=3");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(List.of("dai lo bac song|3"), asked);
    JsonNode body = Json.mapper().readTree(r.body());
    assertEquals("Đại lộ Bắc-Sông", body.path("query").asText());
    assertEquals("dai-lo-bac-song-ma", body.path("results").get(0).path("id").asText());
  }

  @Test
  void tenHitsByDefault() throws Exception {
    search(q("nui do"));
    assertEquals(List.of("nui do|10"), asked);
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource({
      "q=%E2%80%94%20%2F,  q",
      "limit=5,            q",
      "q=a&limit=0,        limit",
      "q=a&limit=101,      limit",
      "q=a&f=html,         f",
      "q=a&lang=vi,        lang",
  })
  void badQueriesNeverReachTheIndex(String query, String parameter) throws Exception {
    HttpResponse<String> r = search(query);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(r.body().contains(parameter), "names " + parameter + ": " + r.body());
    assertEquals(List.of(), asked, "the index was not asked");
  }

  @Test
  void aCurrentCopyIsNotSearchedAgain() throws Exception {
    String etag = search(q("ham rong")).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = app.send(app.request("/search?" + q("ham rong")).header("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals(1, asked.size(), "one search, then a 304");
    version.incrementAndGet();
    assertEquals(200, app.send(app.request("/search?" + q("ham rong")).header("If-None-Match", etag)).statusCode(),
        "new data, new answer");
  }
}
