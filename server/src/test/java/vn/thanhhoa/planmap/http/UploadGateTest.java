package vn.thanhhoa.planmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UploadGateTest {
  private static final long MB = 1024 * 1024;

  @Test
  void thePermitsFollowTheHeap() {
    assertEquals(4, new UploadGate(256 * MB, 5 * MB).size(), "256 MB heap, 5 MB bodies");
    assertEquals(17, new UploadGate(1024 * MB, 5 * MB).size(), "the default 1 GB heap");
    assertEquals(2, new UploadGate(32 * MB, 5 * MB).size(), "never fewer than two");
    assertEquals(64, new UploadGate(64 * 1024 * MB, 5 * MB).size(), "never more than 64");
  }

  @Test
  void noMoreThanThePermitsRunAtOnce() throws Exception {
    UploadGate gate = new UploadGate(256 * MB, 5 * MB);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      Future<?>[] all = new Future<?>[20];
      for (int i = 0; i < all.length; i++) {
        all[i] = pool.submit(() -> {
          go.await();
          return gate.through(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return running.decrementAndGet();
          });
        });
      }
      go.countDown();
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(gate.size(), most.get(), "the gate was full, never over");
  }

  @Test
  void aFailureReleasesThePermit() {
    UploadGate gate = new UploadGate(32 * MB, 5 * MB);
    for (int i = 0; i < 5; i++) {
      assertThrows(IllegalStateException.class, () -> gate.through(() -> {
        throw new IllegalStateException("refused");
      }));
    }
    assertEquals("ok", gate.through(() -> "ok"));
  }
}
