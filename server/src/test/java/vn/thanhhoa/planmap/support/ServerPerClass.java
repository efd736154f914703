package vn.thanhhoa.planmap.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For integration tests that share one real server over the project's geodata: started before the
 * class's tests (and before its own {@code @BeforeAll}), stopped after them.
 */
public abstract class ServerPerClass {
  protected static TestServer server;

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }
}
