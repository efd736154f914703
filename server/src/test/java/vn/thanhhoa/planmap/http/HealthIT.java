package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.TcpProxy;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestPostgis;
import vn.thanhhoa.planmap.support.MediaType;
import vn.thanhhoa.planmap.support.TestServer;
import vn.thanhhoa.planmap.support.Migrations;

class HealthIT {

  @Test
  void answers200WithTheSchemaVersionWhileTheDatabaseIsUp() {
    try (TestServer server = TestServer.start(TestDatabases.fixture("geodata/minimal"))) {
      JsonNode health = server.json("/health", 200);
      assertEquals("ok", health.path("status").asText());
      assertEquals("up", health.path("database").path("status").asText());
      assertEquals(vn.thanhhoa.planmap.support.Migrations.newest(), health.path("database").path("schema_version").asText());
    }
  }

  @Test
  void answers503WhileTheDatabaseIsUnreachableAndRecoversAfter() throws Exception {
    URI target = URI.create(TestPostgis.get().url.substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() == -1 ? 5432 : target.getPort());
        TestServer server = TestServer.startThrough(url -> url.replace(target.getHost() + ":" + target.getPort(),
            "127.0.0.1:" + proxy.port()), TestDatabases.fixture("geodata/minimal"))) {
      server.json("/health", 200);
      proxy.cut();
      HttpResponse<String> down = server.get("/health");
      assertEquals(503, down.statusCode());
      assertTrue(down.body().contains("\"down\""), down.body());
      assertFalse(down.body().contains(TestPostgis.get().password.isEmpty() ? "\u0000" : TestPostgis.get().password));
      HttpResponse<String> items = server.get("/collections/roads/items");
      assertEquals(503, items.statusCode(), items.body());
      assertEquals("application/problem+json", MediaType.of(items));
      proxy.restore();
      int status = 0;
      for (int i = 0; i < 40 && status != 200; i++) { // the pool replaces its broken connections
        status = server.get("/health").statusCode();
        if (status != 200) {
          Thread.sleep(250);
        }
      }
      assertEquals(200, status, "healthy again once the database is back, with no restart");
      server.json("/collections/roads/items", 200);
    }
  }
}
