package vn.thanhhoa.planmap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.thanhhoa.planmap.config.AppConfig;
import vn.thanhhoa.planmap.db.Sql;
import vn.thanhhoa.planmap.gdal.GdalTool;

/**
 * GeoPackage and Shapefile exports of a synthetic layer through {@code GET /export}, each against {@code ogr2ogr}
 * writing the same rows and columns from the same PostGIS table ({@code sql/bench/ogr2ogr_export_rows.sql}) into
 * the same format, measured in turn in the same run. The export's time includes the download (and, for
 * Shapefiles, the zip it is sent as); ogr2ogr's is the file alone.
 */
final class ExportBench {
  private static final GdalTool OGR2OGR = new GdalTool(Duration.ofSeconds(900));

  private final HttpClient http;
  private final String base;
  private final AppConfig config;
  private final String schema;

  /**
   * @param base   the planmap instance under test, {@code http://127.0.0.1:port}
   * @param config its configuration (the database ogr2ogr reads)
   * @param schema the schema of the synthetic layers
   */
  ExportBench(HttpClient http, String base, AppConfig config, String schema) {
    this.http = http;
    this.base = base;
    this.config = config;
    this.schema = schema;
  }

  /** The export's timings and ogr2ogr's, {@code runs} of each, alternating, after one unmeasured run of each. */
  Timings[] measure(String layer, String format, int runs) throws Exception {
    Path dir = Files.createTempDirectory("planmap-bench-export");
    try {
      int[] i = {0};
      List<Double> export = new ArrayList<>();
      List<Double> ogr = new ArrayList<>();
      for (int run = 0; run <= runs; run++) {
        double e = seconds(() -> export(layer, format));
        double o = seconds(() -> ogr2ogr(layer, format, dir.resolve("run-" + i[0]++)));
        if (run > 0) {
          export.add(e * 1000);
          ogr.add(o * 1000);
        }
      }
      return new Timings[] {Timings.of(export), Timings.of(ogr)};
    } finally {
      delete(dir);
    }
  }

  private void export(String layer, String format) throws Exception {
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/export?layers=" + layer
        + "&format=" + format)).build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException("/export?format=" + format + " answered " + r.statusCode());
    }
  }

  private void ogr2ogr(String layer, String format, Path out) throws Exception {
    if (!layer.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("not a bench layer id: " + layer);
    }
    String sql = Sql.named("bench/ogr2ogr_export_rows").replace("/*layer*/", "'" + layer + "'");
    URI db = URI.create(config.dbUrl().substring("jdbc:".length()));
    String pg = "PG:host=" + db.getHost() + " port=" + (db.getPort() == -1 ? 5432 : db.getPort()) + " dbname="
        + db.getPath().substring(1) + " user=" + config.dbUser();
    List<String> args = new ArrayList<>(List.of("-q", "-f"));
    if (format.equals("gpkg")) {
      args.addAll(List.of("GPKG", out + ".gpkg"));
    } else {
      args.addAll(List.of("ESRI Shapefile", out.toString(), "-lco", "ENCODING=UTF-8"));
    }
    args.addAll(List.of(pg, "-sql", sql, "-nln", "bench"));
    GdalTool.Result r = OGR2OGR.run(out.getParent(), "ogr2ogr", args,
        Map.of("PGPASSWORD", config.dbPassword(), "PGOPTIONS", "-c search_path=" + schema + ",public"));
    if (!r.ok()) {
      throw new IllegalStateException("ogr2ogr " + format + " failed with exit code " + r.exitCode() + ": "
          + r.stderr());
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private static double seconds(Step step) throws Exception {
    long t0 = System.nanoTime();
    step.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
