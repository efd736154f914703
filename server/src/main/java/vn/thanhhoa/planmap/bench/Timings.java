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

  /**
   * Runs {@code a} and {@code b} alternately ({@code warmup} unmeasured pairs, then {@code n} measured ones), so that
   * both meet the same load on a busy machine; returns their timings, a's first.
   */
  static Timings[] alternating(int warmup, int n, Run a, Run b) throws Exception {
    for (int i = 0; i < warmup; i++) {
      a.run(i);
      b.run(i);
    }
    double[] ta = new double[n];
    double[] tb = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      a.run(warmup + i);
      long t1 = System.nanoTime();
      b.run(warmup + i);
      ta[i] = (t1 - t0) / 1e6;
      tb[i] = (System.nanoTime() - t1) / 1e6;
    }
    return new Timings[] {of(ta), of(tb)};
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
