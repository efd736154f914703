package vn.thanhhoa.planmap.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged server ({@code target/planmap.jar}) as its own operating-system process, so a test can
 * kill it outright (SIGKILL, no shutdown hook) and start it again over the same database.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "planmap.jar");

  private final Map<String, String> env;
  private final List<String> jvmOptions;
  private final int port;
  private Path log = Path.of("target/server-process.log");
  private Process process;

  /** A server process serving as the test PostGIS's service role, migrating as its owner role. */
  public ServerProcess(String jdbcUrl, TestPostgis pg) throws IOException {
    this(jdbcUrl, pg, List.of("-Xmx256m"), Map.of());
  }

  /** As {@link #ServerProcess(String, TestPostgis)}, with these JVM options and more settings. */
  public ServerProcess(String jdbcUrl, TestPostgis pg, List<String> jvmOptions, Map<String, String> settings)
      throws IOException {
    this(jdbcUrl, pg.service.user(), pg.service.password(), freePort(), jvmOptions, settings);
    env.put("PLANMAP_DB_OWNER_USER", pg.owner.user());
    env.put("PLANMAP_DB_OWNER_PASSWORD", pg.owner.password());
  }

  /** One of several server processes over the same database: on this port, logging to a file of its own. */
  public ServerProcess(String jdbcUrl, TestPostgis pg, int port, Map<String, String> settings) {
    this(jdbcUrl, pg.service.user(), pg.service.password(), port, List.of("-Xmx256m"), settings);
    env.put("PLANMAP_DB_OWNER_USER", pg.owner.user());
    env.put("PLANMAP_DB_OWNER_PASSWORD", pg.owner.password());
    log = Path.of("target/server-process-" + port + ".log");
  }

  /** A server process with the given database settings (one user for all) and HTTP port. */
  public ServerProcess(String jdbcUrl, String user, String password, int port) {
    this(jdbcUrl, user, password, port, List.of("-Xmx256m"), Map.of());
  }

  private ServerProcess(String jdbcUrl, String user, String password, int port, List<String> jvmOptions,
      Map<String, String> more) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after `package`");
    }
    this.port = port;
    this.jvmOptions = jvmOptions;
    env = new HashMap<>(Map.of("PLANMAP_DB_URL", jdbcUrl, "PLANMAP_DB_USER", user, "PLANMAP_DB_PASSWORD", password,
        "PLANMAP_PORT", String.valueOf(port), "PLANMAP_HOST", "127.0.0.1",
        "PLANMAP_GEODATA", TestServer.GEODATA.toString()));
    env.putAll(more);
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** What a server that cannot start says: its exit code and everything it printed. */
  public record Failure(int exitCode, String output) {}

  /** Runs the server expecting it to give up on its own within a minute. */
  public Failure runExpectingFailure() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    process = pb.start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new AssertionError("the server kept running");
    }
    return new Failure(process.exitValue(), new String(out, java.nio.charset.StandardCharsets.UTF_8));
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the process and waits until /health answers 200. */
  public void start() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    process = pb.start();
    Browserless probe = new Browserless(base());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited: " + Files.readString(log));
      }
      try {
        if (probe.get("/health").statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the server did not become healthy in 90 s");
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no flushing, nothing graceful. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
