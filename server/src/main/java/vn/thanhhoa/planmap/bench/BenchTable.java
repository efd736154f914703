package vn.thanhhoa.planmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bench's table: one row a measurement (what, median, p90 or size, the baseline and the ratio against it),
 * printed as Markdown at the end of a run.
 */
final class BenchTable implements ScaleBench.Report {
  private final List<String[]> rows = new ArrayList<>();

  /** A measurement against its baseline; {@code target} 0 prints the ratio alone, otherwise ok or MISSED. */
  @Override
  public void row(String what, Timings t, Timings baseline, String against, double target) {
    double ratio = t.median() / baseline.median();
    System.out.printf(Locale.ROOT, "measured %s: median %.1f ms, baseline %.1f ms%n", what, t.median(),
        baseline.median());
    rows.add(new String[] {what, String.format(Locale.ROOT, "%.1f ms", t.median()),
        String.format(Locale.ROOT, "%.1f ms", t.p90()), against + String.format(Locale.ROOT, ": %.1f ms",
            baseline.median()), target == 0 ? String.format(Locale.ROOT, "%.2f×", ratio)
            : String.format(Locale.ROOT, "%.2f× (target ≤ %.1f×) %s", ratio, target, ratio <= target ? "ok" : "MISSED")});
  }

  /** A row of cells as given. */
  @Override
  public void line(String... cells) {
    rows.add(cells);
  }

  void print() {
    String[] head = {"benchmark", "median", "p90 / size", "baseline", "ratio"};
    int[] w = new int[head.length];
    List<String[]> all = new ArrayList<>();
    all.add(head);
    all.addAll(rows);
    for (String[] r : all) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    System.out.println();
    for (String[] r : all) {
      StringBuilder b = new StringBuilder("| ");
      for (int i = 0; i < r.length; i++) {
        b.append(String.format("%-" + w[i] + "s", r[i])).append(" | ");
      }
      System.out.println(b.toString().stripTrailing());
      if (r == head) {
        StringBuilder sep = new StringBuilder("|");
        for (int x : w) {
          sep.append("-".repeat(x + 2)).append('|');
        }
        System.out.println(sep);
      }
    }
  }
}
