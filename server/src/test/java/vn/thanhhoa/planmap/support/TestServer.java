package vn.thanhhoa.planmap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import vn.thanhhoa.planmap.App;
import vn.thanhhoa.planmap.Json;
import vn.thanhhoa.planmap.Wiring;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.geodata.GeodataLoader;

/**
 * The real planmap server on a free port, over a fresh schema of the test PostGIS, with the project's
 * geodata loaded and a fixed clock (27/11/2026 noon in Thanh Hóa).
 */
public final class TestServer implements AutoCloseable {
  /** The fixed "now" of the tests. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T05:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  /** The project's geodata folder, seen from the server module. */
  public static final Path GEODATA = Path.of("..", "geodata").toAbsolutePath().normalize();

  public final ObjectMapper mapper = Json.mapper();
  public final Database database;
  public final AppConfig config;
  private final App app;
  private final int port;

  private TestServer(String jdbcUrl, TestPostgis pg, Path geodata) {
    this(jdbcUrl, pg, geodata, UnaryOperator.identity());
  }

  private TestServer(String jdbcUrl, TestPostgis pg, Path geodata, UnaryOperator<AppConfig> configure) {
    config = configure.apply(TestDatabases.config(jdbcUrl, pg));
    database = Database.connect(config);
    database.migrate();
    new GeodataLoader(database.dataSource(), mapper).load(geodata, false);
    app = new App(config, mapper, Wiring.routes(config, database, mapper, CLOCK));
    port = app.start().port();
  }

  /** A server over a fresh schema with the project's geodata. */
  public static TestServer start() {
    return start(GEODATA);
  }

  /** A server over a fresh schema with the given geodata folder. */
  public static TestServer start(Path geodata) {
    TestPostgis pg = TestPostgis.get();
    return new TestServer(pg.freshSchema(), pg, geodata);
  }

  /** A server over a fresh schema with the given geodata folder and a changed configuration (limits …). */
  public static TestServer start(Path geodata, UnaryOperator<AppConfig> configure) {
    TestPostgis pg = TestPostgis.get();
    return new TestServer(pg.freshSchema(), pg, geodata, configure);
  }

  /** A server whose database connection runs through {@code proxy}-able loopback port (outage tests). */
  public static TestServer startThrough(TcpProxyFactory proxies, Path geodata) {
    TestPostgis pg = TestPostgis.get();
    return new TestServer(proxies.rewrite(pg.freshSchema()), pg, geodata);
  }

  /** Rewrites a JDBC URL to go through a proxy. */
  public interface TcpProxyFactory {
    String rewrite(String jdbcUrl);
  }

  public String url(String pathAndQuery) {
    return (config.tls() == null ? "http" : "https") + "://localhost:" + port + pathAndQuery;
  }

  public HttpResponse<String> get(String pathAndQuery, String... headers) {
    return new Browserless(url("")).get(pathAndQuery, headers);
  }

  public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
    return new Browserless(url("")).getBytes(pathAndQuery, headers);
  }

  /** GET, expecting the status, returning the parsed JSON body. */
  public JsonNode json(String pathAndQuery, int expectedStatus) {
    HttpResponse<String> r = get(pathAndQuery, "Accept", "application/json");
    if (r.statusCode() != expectedStatus) {
      throw new AssertionError("GET " + pathAndQuery + ": expected " + expectedStatus + ", got " + r.statusCode()
          + ": " + r.body());
    }
    try {
      return mapper.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("GET " + pathAndQuery + ": body is not JSON: " + r.body(), e);
    }
  }

  /** The route table of the running server. */
  public java.util.List<App.Route> routes() {
    return app.routeTable();
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    app.stop();
    database.close();
  }
}
