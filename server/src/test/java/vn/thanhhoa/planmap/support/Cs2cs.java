package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PROJ's {@code cs2cs} (Debian proj-bin, installed by {@code ./planmap test}): the independent reference for
 * every coordinate transformation planmap does. Axis order is the CRS's own (EPSG:4326: latitude first).
 */
public final class Cs2cs {
  private Cs2cs() {}

  /**
   * Transforms positions from one CRS to another, e.g. {@code ("EPSG:4326", "EPSG:5897", {{19.8, 105.78}})}.
   *
   * @return the transformed positions, in the target's axis order, to 4 decimals
   */
  public static double[][] transform(String from, String to, double[]... positions) {
    List<String> cmd = List.of("cs2cs", "-f", "%.7f", from, to);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      try (OutputStream in = p.getOutputStream()) {
        for (double[] xy : positions) {
          in.write((xy[0] + " " + xy[1] + "\n").getBytes(StandardCharsets.US_ASCII));
        }
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("cs2cs failed: " + cmd + "\n" + out);
      }
      List<double[]> result = new ArrayList<>();
      for (String line : out.strip().split("\n")) {
        String[] f = line.strip().split("\\s+");
        result.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
      }
      if (result.size() != positions.length) {
        throw new AssertionError("cs2cs answered " + result.size() + " lines for " + positions.length + ": " + out);
      }
      return result.toArray(new double[0][]);
    } catch (IOException e) {
      throw new AssertionError("cs2cs is not installed (./planmap test installs proj-bin): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
