package vn.thanhhoa.planmap.coordinates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.planmap.App;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.config.Settings;

/**
 * {@code GET /coordinates} (the map's cursor readout) against PROJ's {@code cs2cs} run here, on the EPSG
 * definitions of its own database (EPSG:4326 → EPSG:5897 and EPSG:3405, latitude first): the two must
 * agree within 0.1 m everywhere in planmap's region. No database is needed: the app is built with this
 * route alone.
 */
class CoordinatesIT {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static App app;
  private static String base;

  @BeforeAll
  static void start() {
    AppConfig config = AppConfig.from(new Settings(k -> null)).withPort(0);
    app = new App(config, MAPPER, List.of(new CoordinateRoutes()));
    Javalin j = app.start();
    base = "http://127.0.0.1:" + j.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> get(String query) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/coordinates?" + query)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"vn2000-thanhhoa, 5897", "vn2000-utm48, 3405"})
  void agreesWithCs2csWithinATenthOfAMetreAcrossTheRegion(String crs, int epsg) throws Exception {
    List<double[]> points = new ArrayList<>(List.of(new double[] {105.77639, 19.8075}, new double[] {105.62, 19.70},
        new double[] {105.90, 19.92}));
    Random random = new Random(5897);
    for (int i = 0; i < 12; i++) {
      points.add(new double[] {105.62 + 0.28 * random.nextDouble(), 19.70 + 0.22 * random.nextDouble()});
    }
    List<double[]> expected = Cs2cs.run(epsg, points);
    for (int i = 0; i < points.size(); i++) {
      double[] ll = points.get(i);
      HttpResponse<String> r = get("lon=" + ll[0] + "&lat=" + ll[1] + "&crs=" + crs);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode body = MAPPER.readTree(r.body());
      assertEquals(epsg, body.path("epsg").asInt());
      assertEquals("m", body.path("units").asText());
      assertEquals(expected.get(i)[0], body.path("x").asDouble(), 0.1, "easting at " + ll[0] + ", " + ll[1]);
      assertEquals(expected.get(i)[1], body.path("y").asDouble(), 0.1, "northing at " + ll[0] + ", " + ll[1]);
    }
  }

  @Test
  void theThanhHoaSystemIsTheDefault() throws Exception {
    JsonNode body = MAPPER.readTree(get("lon=105.77639&lat=19.8075").body());
    assertEquals("vn2000-thanhhoa", body.path("crs").asText());
    assertEquals("VN-2000 / TM-3 zone 482", body.path("title").asText());
    assertEquals(4, body.path("area_of_use").size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lat=19.8|lon", "lon=105.7|lat", "lon=abc&lat=19.8|lon", "lon=105.7&lat=NaN|lat", "lon=0x1p3&lat=19.8|lon",
      "lon=120&lat=19.8|lon", "lon=105.7&lat=-30|lat", "lon=105.7&lat=19.8&crs=EPSG:9999|crs",
      "lon=105.7&lat=19.8&zoom=3|zoom", "lon=105.7&lon=105.8&lat=19.8|lon"})
  void badInputIsA400NamingTheParameter(String query, String parameter) throws Exception {
    HttpResponse<String> r = get(query);
    assertEquals(400, r.statusCode(), query + " → " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query);
    assertEquals(parameter, MAPPER.readTree(r.body()).path("parameter").asText(), query + " → " + r.body());
  }
}
