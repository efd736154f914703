package vn.thanhhoa.planmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** This JVM's heap peaks, as the bench reports them beside a streamed export (bytes). */
final class HeapPeak {
  private HeapPeak() {}

  /** Starts a new measurement: every pool's peak is reset to its current use. */
  static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /**
   * The peak of the old generation since the last reset, in bytes: what an export would hold across all its
   * features (the young pools' peaks are garbage between collections, and their sum overstates any moment's use).
   */
  static long oldGeneration() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
        peak = Math.max(peak, pool.getPeakUsage().getUsed());
      }
    }
    return peak;
  }
}
