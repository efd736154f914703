package vn.thanhhoa.planmap.bench;

import java.util.Arrays;

/** Repeated measurements of one operation, in milliseconds. */
final class Timings {
  private final double[] ms;

  private Timings(double[] ms) {
    this.ms = ms;
  }

  interface Run {
    void run(int iteration) throws Exception;
  }

  /** Runs {@code warmup} unmeasured then {@code n} measured iterations. */
  static Timings measure(int warmup, int n, Run run) throws Exception {
    for (int i = 0; i < warmup; i++) {
      run.run(i);
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      run.run(warmup + i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Timings(ms);
  }

  /** Measurements taken by the caller (when each run holds unmeasured work, such as a write before a read). */
  static Timings of(double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return new Timings(sorted);
  }

  /** Measurements taken elsewhere, in milliseconds (at least one). */
  static Timings of(java.util.List<Double> ms) {
    double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Timings(sorted);
  }

  double median() {
    return ms[ms.length / 2];
  }

  double p90() {
    return ms[(int) Math.floor(ms.length * 0.9)];
  }
}
