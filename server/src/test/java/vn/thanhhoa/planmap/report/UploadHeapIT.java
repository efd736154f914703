package vn.thanhhoa.planmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.planmap.auth.Role;
import vn.thanhhoa.planmap.db.Database;
import vn.thanhhoa.planmap.support.Browserless;
import vn.thanhhoa.planmap.support.ServerProcess;
import vn.thanhhoa.planmap.support.TestDatabases;
import vn.thanhhoa.planmap.support.TestPostgis;

/**
 * The packaged server with a bounded heap (192 MB, exiting on OutOfMemoryError) takes 40 parallel uploads of
 * 5 MB (200 MB of bodies, more than the heap) and stays up: every upload is stored, and it answers after.
 */
class UploadHeapIT {
  private static final int UPLOADS = 40;

  @Test
  void fortyParallelFiveMegabyteUploadsStayWithinTheHeap() throws Exception {
    TestPostgis pg = TestPostgis.get();
    String url = pg.freshSchema();
    try (ServerProcess server = new ServerProcess(url, pg, List.of("-Xmx192m", "-XX:+ExitOnOutOfMemoryError"),
        Map.of("PLANMAP_ATTACHMENT_QUOTA_USER", "1GB"))) {
      server.start();
      try (Database db = Database.connect(TestDatabases.config(url, pg))) {
        Browserless.account(db, "heavy.reporter", Role.REPORTER, List.of("ubnd-thanh-pho-thanh-hoa"));
      }
      Browserless c = new Browserless(server.base()).signedIn("heavy.reporter");
      long report = Browserless.read(c.write("POST", "/tasks/IV.9/reports",
          "{\"status\":\"submitted\",\"report_date\":\"2022-06-15\"}").body()).path("id").asLong();
      byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          AttachmentPolicy.MAX_BYTES);
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
      List<Future<Integer>> answers = new ArrayList<>();
      try {
        for (int i = 0; i < UPLOADS; i++) {
          String name = "scan-" + i + ".pdf";
          answers.add(pool.submit(() -> {
            go.await();
            return c.send("POST", "/reports/" + report + "/attachments?filename=" + name, "application/pdf", pdf,
                true).statusCode();
          }));
        }
        go.countDown();
        for (Future<Integer> a : answers) {
          assertEquals(201, a.get(), "every upload is stored");
        }
      } finally {
        pool.shutdownNow();
      }
      assertTrue(server.isAlive(), "no OutOfMemoryError");
      assertEquals(200, new Browserless(server.base()).get("/health").statusCode());
      String log = Files.readString(Path.of("target/server-process.log"));
      assertFalse(log.contains("OutOfMemoryError"), log);
    }
  }
}
