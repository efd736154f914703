package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
}
