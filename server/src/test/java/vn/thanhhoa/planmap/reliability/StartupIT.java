package vn.thanhhoa.planmap.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.support.ServerProcess;
import vn.thanhhoa.planmap.support.TestPostgis;

/** A server that cannot start says why in a paragraph, and exits non-zero without a stack trace wall. */
class StartupIT {

  @Test
  void anUnreachableDatabaseIsNamedWithoutItsPassword() throws Exception {
    int closed = ServerProcess.freePort();
    ServerProcess.Failure f = new ServerProcess("jdbc:postgresql://127.0.0.1:" + closed + "/planmap", "planmap",
        "s3cret-not-to-print", ServerProcess.freePort()).runExpectingFailure();
    assertEquals(1, f.exitCode(), f.output());
    assertTrue(f.output().contains("127.0.0.1:" + closed), f.output());
    assertTrue(f.output().contains("PLANMAP_DB_URL"), "says how to fix it: " + f.output());
    assertFalse(f.output().contains("s3cret-not-to-print"), f.output());
    assertFalse(f.output().contains("\tat "), "no stack trace: " + f.output());
  }

  @Test
  void aPortInUseIsNamedWithTheVariableToChangeIt() throws Exception {
    TestPostgis pg = TestPostgis.get();
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      ServerProcess.Failure f = new ServerProcess(pg.freshSchema(), pg.user, pg.password, taken.getLocalPort())
          .runExpectingFailure();
      assertEquals(1, f.exitCode(), f.output());
      assertTrue(f.output().contains("port " + taken.getLocalPort() + " is already in use"), f.output());
      assertTrue(f.output().contains("PLANMAP_PORT"), f.output());
      assertFalse(f.output().contains("\tat "), "no stack trace: " + f.output());
    }
  }
}
