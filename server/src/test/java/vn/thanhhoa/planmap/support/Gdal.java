package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GDAL's command-line tools, to read what planmap writes with software other than its own. */
public final class Gdal {
  private Gdal() {}

  /**
   * Runs {@code ogrinfo} with the arguments and returns what it printed.
   *
   * @throws AssertionError when it fails, with its output
   */
  public static String ogrinfo(String... args) {
    List<String> command = new ArrayList<>();
    command.add("ogrinfo");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("LC_ALL", "C.UTF-8");
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("ogrinfo did not finish in 60 s: " + command);
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new AssertionError("ogrinfo failed (" + p.exitValue() + "): " + command + "\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError("cannot run ogrinfo (is gdal-bin installed? ./planmap test installs it): "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
