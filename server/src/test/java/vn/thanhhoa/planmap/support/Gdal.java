package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's command-line tools, the independent reader of what planmap serves and exports. */
public final class Gdal {
  private Gdal() {}

  /**
   * Runs {@code ogrinfo} with the arguments and returns what it printed.
   *
   * @throws AssertionError when ogrinfo is missing, fails or hangs
   */
  public static String ogrinfo(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("ogrinfo");
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("ogrinfo hung: " + cmd);
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new AssertionError("ogrinfo failed (" + p.exitValue() + "): " + cmd + "\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError("ogrinfo is not installed (./planmap test installs gdal-bin): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Positions of a projected CRS in WGS84, by GDAL's {@code gdaltransform} (PROJ): the independent check of
   * planmap's own transformer.
   *
   * @param crs    e.g. {@code EPSG:5897}
   * @param points {@code [x, y]} each
   * @return {@code [lon, lat]} each, in the same order
   */
  public static List<double[]> toWgs84(String crs, List<double[]> points) {
    StringBuilder in = new StringBuilder();
    points.forEach(p -> in.append(String.format(Locale.ROOT, "%.3f %.3f%n", p[0], p[1])));
    try {
      Process p = new ProcessBuilder("gdaltransform", "-s_srs", crs, "-t_srs", "EPSG:4326", "-output_xy")
          .redirectErrorStream(true).start();
      p.getOutputStream().write(in.toString().getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("gdaltransform failed: " + out);
      }
      List<double[]> result = new ArrayList<>();
      for (String line : out.strip().split("\n")) {
        String[] xy = line.strip().split("\\s+");
        result.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
      }
      return result;
    } catch (IOException e) {
      throw new AssertionError("gdaltransform is not installed (./planmap test installs gdal-bin)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
