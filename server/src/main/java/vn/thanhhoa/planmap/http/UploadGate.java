package vn.thanhhoa.planmap.http;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many large request bodies are held in memory at once, so that many parallel uploads stay within the
 * heap ({@code PLANMAP_HEAP}): each upload takes a permit while its body is read, checked and stored. The number
 * of permits follows the heap: a quarter of it, divided by three times the largest body (reading a body may
 * briefly hold about three copies), between 2 and 64. An upload that waits longer than a minute is answered 503.
 */
public final class UploadGate {
  private static final long WAIT_SECONDS = 60;
  private final Semaphore permits;
  private final int size;

  /**
   * @param maxHeapBytes the heap's limit ({@code Runtime.getRuntime().maxMemory()})
   * @param maxBodyBytes the largest body one upload may send
   */
  public UploadGate(long maxHeapBytes, long maxBodyBytes) {
    size = (int) Math.max(2, Math.min(64, maxHeapBytes / 4 / (3 * maxBodyBytes)));
    permits = new Semaphore(size, true);
  }

  /** How many uploads may be in memory at once. */
  public int size() {
    return size;
  }

  /**
   * Runs the upload's work holding a permit.
   *
   * @throws ProblemException 503 when no permit came within a minute
   */
  public <T> T through(Supplier<T> work) {
    try {
      if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new ProblemException(503, "Service unavailable", "too many uploads at once; try again in a minute",
            Map.of("retry_after", 60));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(503, "Service unavailable", "the server is stopping", Map.of("retry_after", 60));
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
