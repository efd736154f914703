package vn.thanhhoa.planmap.gdal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of GDAL's command-line tools ({@code ogrinfo}, {@code ogr2ogr}) with an argument list (never a
 * shell), in a given working folder (a private temporary one: messages then name no server path), within a time
 * limit; the process and its children are killed when it overruns. GDAL may not reach the network. Standard output
 * is returned (bounded); standard error is kept for the message. The one way planmap runs an external tool: the
 * imports read drawings with it, the benchmark writes its baseline files with it.
 */
public final class GdalTool {
  /** What a tool printed and how it ended. */
  public record Result(int exitCode, String stdout, String stderr) {
    /** Whether it exited with 0. */
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /** GDAL could not be run at all (missing, or overran the time limit): a server-side failure. */
  public static final class Unavailable extends RuntimeException {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** GDAL overran its time limit on this file. */
  public static final class TimedOut extends RuntimeException {
    TimedOut(String message) {
      super(message);
    }
  }

  private static final int MAX_STDOUT_CHARS = 4 * 1024 * 1024;
  private static final int MAX_STDERR_CHARS = 64 * 1024;

  private final Duration limit;

  /** @param limit how long one run may take before it is killed */
  public GdalTool(Duration limit) {
    this.limit = limit;
  }

  /**
   * Runs {@code tool args…} in {@code dir}.
   *
   * @throws TimedOut    when it runs longer than the limit (it is killed)
   * @throws Unavailable when the tool cannot be started (GDAL is not installed)
   */
  public Result run(Path dir, String tool, List<String> args) {
    return run(dir, tool, args, Map.of());
  }

  /**
   * Runs {@code tool args…} in {@code dir} with these variables added to its environment (e.g. {@code PGPASSWORD},
   * so that no secret is an argument).
   *
   * @throws TimedOut    when it runs longer than the limit (it is killed)
   * @throws Unavailable when the tool cannot be started (GDAL is not installed)
   */
  public Result run(Path dir, String tool, List<String> args, Map<String, String> environment) {
    List<String> command = new ArrayList<>();
    command.add(tool);
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("GDAL_HTTP_TIMEOUT", "1");
    pb.environment().put("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
    pb.environment().putAll(environment);
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
