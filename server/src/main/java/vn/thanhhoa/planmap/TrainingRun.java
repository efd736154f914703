package vn.thanhhoa.planmap;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start of planmap ({@link Main#start()}, same configuration) that asks itself for the pages and API answers a
 * first visit needs, then stops and exits. The launcher runs it once per build under
 * {@code -XX:ArchiveClassesAtExit} (Java 17's dynamic AppCDS) so that later starts map the ~5,000 classes a start
 * loads from that archive, already parsed and verified, instead of reading them from the jar: a second less to
 * {@code /health} on a 2-core machine. Read-only requests only; the database work it does (migrating, loading
 * changed geodata) is what the next start would do anyway.
 */
public final class TrainingRun {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

  /** Asked for in order, each answer read whole; {@code {layer}} stands for every collection in turn. */
  private static final List<String> PATHS = List.of("/health", "/", "/index.html", "/js/main.js", "/css/planmap.css",
      "/conformance?f=json", "/api?f=json", "/collections?f=json", "/collections?f=html", "/collections/{layer}?f=json",
      "/collections/{layer}/items?limit=1000&f=json", "/collections/{layer}/items?f=html",
      "/collections/{layer}/tiles/WebMercatorQuad/12/1819/3251", "/tasks?f=json", "/config", "/nothing-here");

  private TrainingRun() {}

  public static void main(String[] args) throws Exception {
    Main.Running running = Main.start();
    try {
      String base = "http://127.0.0.1:" + running.port();
      List<String> layers = layers(base);
      for (String path : PATHS) {
        for (String layer : path.contains("{layer}") ? layers : List.of("")) {
          int status = get(base + path.replace("{layer}", layer));
          LOG.info("training: {} {}", status, path.replace("{layer}", layer));
        }
      }
    } finally {
      running.stop();
    }
    System.exit(0);
  }

  private static List<String> layers(String base) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(base + "/collections?f=json").toURL().openConnection();
    try (InputStream in = c.getInputStream()) {
      List<String> ids = new java.util.ArrayList<>();
      Json.mapper().readTree(in).path("collections").forEach(l -> ids.add(l.path("id").asText()));
      return ids;
    }
  }

  private static int get(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestProperty("Accept-Encoding", "gzip");
    int status = c.getResponseCode();
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    return status;
  }
}
