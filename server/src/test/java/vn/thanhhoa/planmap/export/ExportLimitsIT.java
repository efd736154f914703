package vn.thanhhoa.planmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.planmap.export.spi.ExportWorkspace;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestServer;

/**
 * Exports at their limits: over the configured feature limit (413), and a client that goes away in the
 * middle of a large download (no temporary file, no open transaction left behind).
 */
class ExportLimitsIT {
  /** Features added to the fixture's roads so that a download outgrows every socket buffer. */
  private static final int BULK_FEATURES = 20_000;
  private static final int READ_BEFORE_LEAVING = 64 * 1024;

  private static TestServer small;
  private static TestServer large;

  @BeforeAll
  static void start() throws SQLException {
    small = TestServer.start(TestDatabases.fixture("geodata/minimal"), c -> c.withExportLimit(2));
    large = TestServer.start(TestDatabases.fixture("geodata/minimal"));
    try (Connection c = large.database.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("""
          INSERT INTO feature (id, layer_id, name, name_en, kind, accuracy, accuracy_class, accuracy_m, source_text,
                               properties, geom, search_text, sort_order)
          SELECT 'bulk-' || i, 'roads', 'Đường số ' || i, 'Road ' || i, 'road', 'schematic, ±500 m', 'schematic', 500,
                 repeat('Đại lộ Bắc Sông Mã ', 60), jsonb_build_object('ward_2025', 'Nguyệt Viên'),
                 ST_SetSRID(ST_MakeLine(ARRAY[
                   ST_MakePoint(105.70 + (i %% 100) * 0.001, 19.75 + (i / 100) * 0.0001),
                   ST_MakePoint(105.705 + (i %% 100) * 0.001, 19.755 + (i / 100) * 0.0001),
                   ST_MakePoint(105.71 + (i %% 100) * 0.001, 19.76 + (i / 100) * 0.0001)]), 4326),
                 'duong so ' || i, 100 + i
            FROM generate_series(1, %d) AS i;
          INSERT INTO feature_task (feature_id, task_code)
          SELECT 'bulk-' || i, 'VI.2' FROM generate_series(1, %d) AS i;
          """.formatted(BULK_FEATURES, BULK_FEATURES));
    }
  }

  @AfterAll
  static void stop() {
    small.close();
    large.close();
  }

  @Test
  void anExportOverTheLimitIs413StatingTheLimit() throws IOException {
    Set<Path> before = exportFolders();
    var response = small.get("/export?format=gpkg");
    assertEquals(413, response.statusCode(), response.body());
    assertEquals("application/problem+json", MediaType.of(response));
    JsonNode problem = small.mapper.readTree(response.body());
    assertEquals(413, problem.path("status").asInt());
    assertEquals(2, problem.findValue("max_features").asInt(), "the body states the limit: " + problem);
    assertTrue(problem.path("detail").asText().contains("would hold 3 features"), problem.toString());
    assertTrue(problem.path("detail").asText().contains("at most 2"), problem.toString());
    assertEquals(before, exportFolders(), "refused before any file was made");
  }

  @Test
  void anExportWithinTheLimitIsServed() {
    assertEquals(200, small.getBytes("/export?format=gpkg&layers=roads").statusCode());
    assertEquals(200, small.getBytes("/export?format=csv&task=IV.10").statusCode());
  }

  @ParameterizedTest(name = "format={0}")
  @ValueSource(strings = {"geojson", "csv", "gpkg", "shp", "pack"})
  void aClientLeavingMidDownloadLeavesNoTemporaryFileNorOpenTransaction(String format) throws Exception {
    Set<Path> before = exportFolders();
    int received = downloadPartly("/export?format=" + format);
    assertTrue(received >= READ_BEFORE_LEAVING, "the client left before the end (" + received + " bytes read)");
    waitUntil(() -> before.containsAll(exportFolders()), "the export's temporary folder is deleted");
    waitUntil(() -> transactionsLeftOpen() == 0, "no transaction is left open");
    assertEquals(200, large.get("/health").statusCode(), "the server still answers");
  }

  /** Sends a GET, reads the status line and some of the body, then resets the connection. */
  private static int downloadPartly(String path) throws IOException {
    try (Socket socket = new Socket("localhost", large.port())) {
      socket.setSoTimeout(120_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      int total = 0;
      String head = null;
      while (total < READ_BEFORE_LEAVING) {
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        if (head == null) {
          head = new String(buffer, 0, Math.min(n, 12), StandardCharsets.US_ASCII);
          assertEquals("HTTP/1.1 200", head, path);
        }
        total += n;
      }
      socket.setSoLinger(true, 0); // close with a reset, as a browser cancelling a download may
      return total;
    }
  }

  private static Set<Path> exportFolders() throws IOException {
    Path root = ExportWorkspace.defaultRoot();
    if (!Files.isDirectory(root)) {
      return Set.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return new HashSet<>(s.toList());
    }
  }

  private static long transactionsLeftOpen() throws SQLException {
    try (Connection c = large.database.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void waitUntil(Check check, String what) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("within 60 s: " + what);
      }
      Thread.sleep(100);
    }
  }
}
