package vn.thanhhoa.planmap.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerProcess;
import vn.thanhhoa.planmap.support.TcpProxy;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestPostgis;
import vn.thanhhoa.planmap.support.TestServer;

/** Reports survive a killed server; a database outage is a 503 that heals by itself. */
class ReliabilityIT {
  private static final String REPORT = "{\"status\":\"submitted\",\"report_date\":\"2022-06-10\","
      + "\"text\":\"Đã gửi UBND tỉnh\"}";

  @Test
  void aReportAnswered201SurvivesKillingTheServer() throws Exception {
    TestPostgis pg = TestPostgis.get();
    String url = pg.freshSchema();
    try (ServerProcess server = new ServerProcess(url, pg)) {
      server.start();
      try (Database db = Database.connect(TestDatabases.config(url, pg))) {
        Browserless.account(db, "kill.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
      }
      Browserless c = new Browserless(server.base()).signedIn("kill.reporter");
      var r = c.write("POST", "/tasks/IV.9/reports", REPORT);
      assertEquals(201, r.statusCode(), r.body());
      long id = Browserless.read(r.body()).path("id").asLong();
      server.kill();
      server.start();
      JsonNode reports = Browserless.read(new Browserless(server.base()).get("/tasks/IV.9/reports").body());
      assertEquals(id, reports.path("reports").get(0).path("id").asLong());
      assertEquals("Đã gửi UBND tỉnh", reports.path("reports").get(0).path("text").asText());
    }
  }

  @Test
  void writesFailWith503DuringADatabaseOutageAndSucceedAfterWithoutARestart() throws Exception {
    URI target = URI.create(TestPostgis.get().url.substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() == -1 ? 5432 : target.getPort());
        TestServer server = TestServer.startThrough(url -> url.replace(target.getHost() + ":" + target.getPort(),
            "127.0.0.1:" + proxy.port()), TestServer.GEODATA)) {
      Browserless.account(server.database, "outage.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
      Browserless c = new Browserless(server.url("")).signedIn("outage.reporter");
      proxy.cut();
      var down = c.write("POST", "/tasks/IV.9/reports", REPORT);
      assertEquals(503, down.statusCode(), down.body());
      assertTrue(down.headers().firstValue("Retry-After").isPresent());
      assertEquals(503, c.get("/tasks").statusCode());
      proxy.restore();
      int status = 0;
      for (int i = 0; i < 40 && status != 201; i++) {
        status = c.write("POST", "/tasks/IV.9/reports", REPORT).statusCode();
        if (status != 201) {
          Thread.sleep(250);
        }
      }
      assertEquals(201, status, "the same server takes the report once the database is back");
      assertEquals(1, Browserless.read(c.get("/tasks/IV.9/reports").body()).path("reports").size(),
          "the refused attempt left nothing behind");
    }
  }
}
