package vn.thanhhoa.planmap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of GDAL's command-line tools ({@code ogrinfo}, {@code ogr2ogr}) with an argument list (never a
 * shell), in a given working folder, within a time limit; the process is killed when it overruns.
 * Standard output goes to a file or is returned (bounded); standard error is kept for the message.
 */
final class GdalTool {
  /** What a tool printed and how it ended. */
  record Result(int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  /** GDAL could not be run at all (missing, or overran the time limit): a server-side failure. */
  static final class Unavailable extends RuntimeException {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** GDAL overran its time limit on this file. */
  static final class TimedOut extends RuntimeException {
    TimedOut(String message) {
      super(message);
    }
  }

  private static final int MAX_STDOUT_CHARS = 4 * 1024 * 1024;
  private static final int MAX_STDERR_CHARS = 64 * 1024;

  private final Duration limit;

  GdalTool(Duration limit) {
    this.limit = limit;
  }

  /**
   * Runs {@code tool args…} in {@code dir}.
   *
   * @throws TimedOut    when it runs longer than the limit (it is killed)
   * @throws Unavailable when the tool cannot be started (GDAL is not installed)
   */
  Result run(Path dir, String tool, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(tool);
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("GDAL_HTTP_TIMEOUT", "1");
    pb.environment().put("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new Unavailable(tool + " could not be started (is gdal-bin installed? ./planmap run installs it)", e);
    }
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream(), MAX_STDOUT_CHARS));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream(), MAX_STDERR_CHARS));
    try {
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
        throw new TimedOut(tool + " did not finish within " + limit.toSeconds() + " s");
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new Unavailable(tool + " was interrupted", e);
    }
  }

  /** Reads a stream to its end, keeping at most {@code max} characters (the rest is drained and dropped). */
  private static String read(InputStream in, int max) {
    try (in) {
      byte[] kept = in.readNBytes(max);
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return new String(kept, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
