package vn.thanhhoa.planmap.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.thanhhoa.planmap.config.AppConfig;

/**
 * Cold starts of the server as a process of its own (the jar the launcher runs, {@code java -Xmx1g -jar}, with the
 * class archive the launcher trained when it gives one in {@code PLANMAP_CDS_OPTION}), each against baselines
 * launched the same way, alternately, in the same run: a bare JVM ({@code java -version}) and a JVM that opens one
 * JDBC connection to the same database and asks {@code SELECT 1} ({@link JdbcProbe}), the floor of a Java service
 * that needs its database. The database is up, migrated and loaded, as at a restart; the clock runs from the
 * process's launch to the first 200 of {@code /health}; then the first {@code /collections} and the first
 * 1,000-feature items page are timed against the same requests once warm, in the same process.
 */
final class ColdStartBench {
  private static final Duration GIVE_UP = Duration.ofSeconds(120);

  private final AppConfig config;
  private final ScaleBench.Report report;
  private final String layer;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String jar = System.getProperty("java.class.path");
  private final String cds = System.getenv().getOrDefault("PLANMAP_CDS_OPTION", "");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * @param config the database the servers use (the bench's schema)
   * @param layer  a layer of at least 1,000 features, for the first items page
   */
  ColdStartBench(AppConfig config, ScaleBench.Report report, String layer) {
    this.config = config;
    this.report = report;
    this.layer = layer;
  }

  /** Measures {@code runs} starts of each kind, alternating, after one unmeasured start of each. */
  void run(int runs) throws Exception {
    List<Double> bare = new ArrayList<>();
    List<Double> probe = new ArrayList<>();
    List<Start> archived = new ArrayList<>();
    List<Start> plain = new ArrayList<>();
    for (int i = 0; i <= runs; i++) {
      double b = exitTime(List.of(java, "-Xshare:auto", "-version"));
      double p = exitTime(List.of(java, "-cp", jar, JdbcProbe.class.getName()));
      Start a = cds.isEmpty() ? null : start(cds);
      Start s = start(null);
      if (i > 0) {
        bare.add(b);
        probe.add(p);
        if (a != null) {
          archived.add(a);
        }
        plain.add(s);
      }
    }
    Timings floor = Timings.of(probe);
    report.row("cold start: JVM + JDBC connect + SELECT 1 (baseline)", floor, Timings.of(bare),
        "bare JVM, java -version", 0);
    if (!archived.isEmpty()) {
      rows("with the class archive", archived, floor);
    }
    rows(cds.isEmpty() ? "no class archive: run through ./planmap bench" : "without the class archive", plain, floor);
  }

  private void rows(String how, List<Start> starts, Timings floor) {
    Timings health = Timings.of(starts.stream().map(Start::health).toList());
    report.row("cold start → first 200 on /health, " + how, health, floor, "JVM + JDBC connect + SELECT 1", 0);
    report.line("", "", "", "", String.format(Locale.ROOT, "%.0f ms to /health (target ≤ 2,000 ms) %s",
        health.median(), health.median() <= 2000 ? "ok" : "MISSED"));
    report.row("first GET /collections after a start, " + how,
        Timings.of(starts.stream().map(Start::collections).toList()),
        Timings.of(starts.stream().map(Start::collectionsWarm).toList()), "the same, warm", 0);
    report.row("first items page, 1 000 features (" + layer + "), " + how,
        Timings.of(starts.stream().map(Start::items).toList()),
        Timings.of(starts.stream().map(Start::itemsWarm).toList()), "the same, warm", 0);
  }

  /** One start's times in milliseconds: to /health from the launch, then each first request and its warm median. */
  private record Start(double health, double collections, double collectionsWarm, double items, double itemsWarm) {}

  private double exitTime(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(databaseEnv());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(GIVE_UP.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed or hung");
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private Start start(String cdsOption) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
    if (cdsOption != null) {
      command.add(cdsOption);
    }
    command.addAll(List.of("-jar", jar));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(databaseEnv());
    pb.environment().put("PLANMAP_PORT", Integer.toString(port));
    pb.environment().put("PLANMAP_HOST", "127.0.0.1");
    String base = "http://127.0.0.1:" + port;
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      while (!answers(base + "/health")) {
        if (!p.isAlive() || System.nanoTime() - t0 > GIVE_UP.toNanos()) {
          throw new IllegalStateException("the server did not start (" + String.join(" ", command) + ")");
        }
        Thread.sleep(5);
      }
      double health = (System.nanoTime() - t0) / 1e6;
      String items = "/collections/" + layer + "/items?limit=1000";
      double collections = timed(base + "/collections?f=json");
      double firstItems = timed(base + items);
      return new Start(health, collections, Timings.measure(2, 5, i -> timed(base + "/collections?f=json")).median(),
          firstItems, Timings.measure(2, 5, i -> timed(base + items)).median());
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private boolean answers(String url) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode() == 200;
    } catch (IOException e) { // not listening yet
      return false;
    }
  }

  private double timed(String url) throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + url + " answered " + r.statusCode());
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private Map<String, String> databaseEnv() {
    return Map.of("PLANMAP_DB_URL", config.dbUrl(), "PLANMAP_DB_USER", config.dbUser(), "PLANMAP_DB_PASSWORD",
        config.dbPassword(), "PLANMAP_DB_OWNER_USER", config.dbOwnerUser(), "PLANMAP_DB_OWNER_PASSWORD",
        config.dbOwnerPassword());
  }
}
